package org.passerelle.api.training;

import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.passerelle.api.ApiTags;
import org.passerelle.api.http.ETags;
import org.passerelle.api.http.IfMatch;
import org.passerelle.api.http.PageResponse;
import org.passerelle.api.security.Tenant;
import org.passerelle.core.persistence.Instants;
import org.passerelle.training.attendance.AttendanceService;
import org.passerelle.training.attendance.AttendanceView;
import org.passerelle.training.enrolment.AssessmentData;
import org.passerelle.training.enrolment.EnrolmentService;
import org.passerelle.training.enrolment.EnrolmentView;
import org.passerelle.training.enrolment.ProgressData;
import org.passerelle.training.evaluation.EvaluationService;
import org.passerelle.training.evaluation.SurveyData;
import org.passerelle.training.evaluation.SurveyKind;
import org.passerelle.training.evaluation.SurveyView;

import io.quarkus.security.Authenticated;

/**
 * What happens to an enrolment once the session runs: assessment, self-paced progress, surveys, attendance.
 */
@Path("/api/v1/orgs/{org}/training")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = EnrolmentResource.TAG)
@SecurityRequirement(name = ApiTags.SECURITY_SCHEME)
public class EnrolmentFollowUpResource {

    private final Tenant tenant;
    private final EnrolmentService enrolments;
    private final EvaluationService evaluations;
    private final AttendanceService attendance;

    EnrolmentFollowUpResource(Tenant tenant, EnrolmentService enrolments, EvaluationService evaluations,
            AttendanceService attendance) {
        this.tenant = tenant;
        this.enrolments = enrolments;
        this.evaluations = evaluations;
        this.attendance = attendance;
    }

    @PUT
    @Path("/enrolments/{enrolmentId}/assessment")
    @Operation(operationId = "assessEnrolment", summary = "Assess the objectives reached, Qualiopi indicator 11 (staff, or a trainer of the session)")
    public RestResponse<EnrolmentView> assess(@PathParam("enrolmentId") UUID enrolmentId,
            @BeanParam IfMatch ifMatch, @NotNull @Valid AssessmentData body) {
        EnrolmentView view = enrolments.assess(tenant.access(), enrolmentId, ifMatch.version(), body);
        return ETags.tagged(view);
    }

    @PUT
    @Path("/enrolments/{enrolmentId}/progress")
    @Operation(operationId = "reportEnrolmentProgress", summary = "Self-paced time spent and progress, as totals: what a partner LMS pushes (partners, admins, agents)")
    public RestResponse<EnrolmentView> progress(@PathParam("enrolmentId") UUID enrolmentId,
            @NotNull @Valid ProgressData body) {
        EnrolmentView view = enrolments.progress(tenant.access(), enrolmentId, body);
        return ETags.tagged(view);
    }

    @GET
    @Path("/enrolments/{enrolmentId}/surveys")
    @Operation(operationId = "listEnrolmentSurveys", summary = "The hot and cold survey answers of an enrolment (staff, its learner, a trainer of its session)")
    public PageResponse<SurveyView> surveys(@PathParam("enrolmentId") UUID enrolmentId) {
        return PageResponse.all(evaluations.ofEnrolment(tenant.access(), enrolmentId));
    }

    @PUT
    @Path("/enrolments/{enrolmentId}/surveys/{kind}")
    @Operation(operationId = "answerSurvey", summary = "The learner answers the HOT survey (once the session runs) or the COLD one (after the course's delay); once each")
    public SurveyView answer(@PathParam("enrolmentId") UUID enrolmentId,
            @PathParam("kind") SurveyKind kind, @NotNull @Valid SurveyData body) {
        return evaluations.answer(tenant.access(), enrolmentId, kind, Instants.now(), body);
    }

    @GET
    @Path("/enrolments/{enrolmentId}/attendance")
    @Operation(operationId = "getEnrolmentAttendance", summary = "The enrolment's attendance lines and hours attended (staff, its learner, a trainer of its session)")
    public PageResponse<AttendanceView> attendance(@PathParam("enrolmentId") UUID enrolmentId) {
        return PageResponse.all(attendance.ofEnrolment(tenant.access(), enrolmentId));
    }
}
