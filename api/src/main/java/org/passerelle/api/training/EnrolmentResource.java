package org.passerelle.api.training;

import java.time.Instant;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.passerelle.api.ApiTags;
import org.passerelle.api.http.Documents;
import org.passerelle.api.http.ETags;
import org.passerelle.api.http.Idempotent;
import org.passerelle.api.http.IfMatch;
import org.passerelle.api.http.PageResponse;
import org.passerelle.api.security.Tenant;
import org.passerelle.core.access.OrgAccess;
import org.passerelle.training.attendance.AttendanceService;
import org.passerelle.training.attendance.AttendanceView;
import org.passerelle.training.certificate.CertificateService;
import org.passerelle.training.enrolment.AssessmentData;
import org.passerelle.training.enrolment.EnrolmentData;
import org.passerelle.training.enrolment.EnrolmentService;
import org.passerelle.training.enrolment.EnrolmentView;
import org.passerelle.training.enrolment.ProgressData;
import org.passerelle.training.evaluation.EvaluationService;
import org.passerelle.training.evaluation.SurveyData;
import org.passerelle.training.evaluation.SurveyKind;
import org.passerelle.training.evaluation.SurveyView;

import io.quarkus.security.Authenticated;

@Path("/api/v1/orgs/{org}/training")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = EnrolmentResource.TAG, description = "Enrolment into sessions: capacity, waitlist, status lifecycle")
@SecurityRequirement(name = ApiTags.SECURITY_SCHEME)
public class EnrolmentResource {

    static final String TAG = "Training: enrolments";

    private final Tenant tenant;
    private final EnrolmentService enrolments;
    private final EvaluationService evaluations;
    private final AttendanceService attendance;
    private final CertificateService certificates;

    EnrolmentResource(Tenant tenant, EnrolmentService enrolments, EvaluationService evaluations,
            AttendanceService attendance, CertificateService certificates) {
        this.tenant = tenant;
        this.enrolments = enrolments;
        this.evaluations = evaluations;
        this.attendance = attendance;
        this.certificates = certificates;
    }

    @POST
    @Path("/sessions/{sessionId}/enrolments")
    @Idempotent
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = EnrolmentView.class)))
    @Operation(operationId = "enrolInSession", summary = "Enrol a learner (staff) or oneself (learners: into a session open for enrolment, from its own structure, without the staff fields memberId, traineeType, fundingSource, priceEur): selected while seats remain, else waitlisted")
    public RestResponse<EnrolmentView> enrol(@PathParam("sessionId") UUID sessionId,
            @NotNull @Valid EnrolmentData body) {
        EnrolmentView created = enrolments.enrol(tenant.access(), sessionId, body);
        return ETags.created(tenant.location("training/enrolments", created.id()), created);
    }

    @GET
    @Path("/sessions/{sessionId}/enrolments")
    @Operation(operationId = "listSessionEnrolments", summary = "Enrolments of a session, in order of arrival (staff and the session's trainers)")
    public PageResponse<EnrolmentView> ofSession(@PathParam("sessionId") UUID sessionId) {
        return PageResponse.all(enrolments.ofSession(tenant.access(), sessionId));
    }

    @GET
    @Path("/enrolments")
    @Operation(operationId = "listLearnerEnrolments", summary = "Enrolments of a learner: learners get their own, staff name one with learnerId")
    public PageResponse<EnrolmentView> ofLearner(@QueryParam("learnerId") UUID learnerId) {
        return PageResponse.all(enrolments.ofLearner(tenant.access(), learnerId));
    }

    @GET
    @Path("/enrolments/{enrolmentId}")
    @Operation(operationId = "getEnrolment", summary = "Read an enrolment (staff, its learner, or a trainer of its session)")
    public RestResponse<EnrolmentView> get(@PathParam("enrolmentId") UUID enrolmentId) {
        EnrolmentView view = enrolments.get(tenant.access(), enrolmentId);
        return ETags.tagged(view);
    }

    @POST
    @Path("/enrolments/{enrolmentId}/confirm")
    @Operation(operationId = "confirmEnrolment", summary = "Confirm a selected place (the learner or staff)")
    public RestResponse<EnrolmentView> confirm(@PathParam("enrolmentId") UUID enrolmentId,
            @BeanParam IfMatch ifMatch) {
        EnrolmentView view = enrolments.confirm(tenant.access(), enrolmentId, ifMatch.version());
        return ETags.tagged(view);
    }

    @POST
    @Path("/enrolments/{enrolmentId}/drop")
    @Operation(operationId = "dropEnrolment", summary = "Withdraw (the learner or staff); the freed seat goes to the waitlist in order")
    public RestResponse<EnrolmentView> drop(@PathParam("enrolmentId") UUID enrolmentId,
            @BeanParam IfMatch ifMatch) {
        EnrolmentView view = enrolments.drop(tenant.access(), enrolmentId, ifMatch.version());
        return ETags.tagged(view);
    }

    @POST
    @Path("/enrolments/{enrolmentId}/reject")
    @Operation(operationId = "rejectEnrolment", summary = "Turn an application down (admins and agents); a freed seat goes to the waitlist")
    public RestResponse<EnrolmentView> reject(@PathParam("enrolmentId") UUID enrolmentId,
            @BeanParam IfMatch ifMatch) {
        EnrolmentView view = enrolments.reject(tenant.access(), enrolmentId, ifMatch.version());
        return ETags.tagged(view);
    }

    @POST
    @Path("/sessions/{sessionId}/selection")
    @Operation(operationId = "selectEnrolments", summary = "Select among a selective session's applicants while seats remain (members of the network first when the session says so), waitlist the others (admins and agents)")
    public PageResponse<EnrolmentView> select(@PathParam("sessionId") UUID sessionId) {
        return PageResponse.all(enrolments.select(tenant.access(), sessionId));
    }

    @POST
    @Path("/enrolments/{enrolmentId}/complete")
    @Operation(operationId = "completeEnrolment", summary = "The learner went through to the end (staff, or a trainer of the session)")
    public RestResponse<EnrolmentView> complete(@PathParam("enrolmentId") UUID enrolmentId,
            @BeanParam IfMatch ifMatch) {
        EnrolmentView view = enrolments.complete(tenant.access(), enrolmentId, ifMatch.version());
        return ETags.tagged(view);
    }

    @POST
    @Path("/enrolments/{enrolmentId}/no-show")
    @Operation(operationId = "markNoShow", summary = "The learner never came (staff, or a trainer of the session)")
    public RestResponse<EnrolmentView> noShow(@PathParam("enrolmentId") UUID enrolmentId,
            @BeanParam IfMatch ifMatch) {
        EnrolmentView view = enrolments.noShow(tenant.access(), enrolmentId, ifMatch.version());
        return ETags.tagged(view);
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
        return evaluations.answer(tenant.access(), enrolmentId, kind, Instant.now(), body);
    }

    @GET
    @Path("/enrolments/{enrolmentId}/attendance")
    @Operation(operationId = "getEnrolmentAttendance", summary = "The enrolment's attendance lines and hours attended (staff, its learner, a trainer of its session)")
    public PageResponse<AttendanceView> attendance(@PathParam("enrolmentId") UUID enrolmentId) {
        return PageResponse.all(attendance.ofEnrolment(tenant.access(), enrolmentId));
    }

    @GET
    @Path("/enrolments/{enrolmentId}/certificate")
    @Produces({ Documents.PDF, MediaType.TEXT_HTML, Documents.MARKDOWN })
    @Operation(operationId = "getCertificate", summary = "The certificat de réalisation with the hours actually attended; refused without attendance (staff, its learner)")
    @APIResponse(responseCode = "200", description = "The certificate", content = {
            @Content(mediaType = Documents.PDF, schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = MediaType.TEXT_HTML, schema = @Schema(type = SchemaType.STRING)),
            @Content(mediaType = Documents.MARKDOWN, schema = @Schema(type = SchemaType.STRING)) })
    public Response certificate(@PathParam("enrolmentId") UUID enrolmentId,
            @Parameter(description = "pdf (default), html or md") @QueryParam("format") @Pattern(regexp = "pdf|html|md") String format,
            @Parameter(description = "fr (default) or en") @QueryParam("lang") @Pattern(regexp = "fr|en") String lang,
            @Context HttpHeaders headers) {
        OrgAccess a = tenant.access();
        return Documents.respond(format, lang, headers, null, locale -> certificates.realisation(a, enrolmentId, locale),
                "certificat-de-realisation-" + enrolmentId, "certificate-" + enrolmentId);
    }

    @GET
    @Path("/enrolments/{enrolmentId}/attestation")
    @Produces({ Documents.PDF, MediaType.TEXT_HTML, Documents.MARKDOWN })
    @Operation(operationId = "getAttestation", summary = "The end-of-training attestation: objectives, nature, duration, assessment result; refused without attendance (staff, its learner)")
    @APIResponse(responseCode = "200", description = "The attestation", content = {
            @Content(mediaType = Documents.PDF, schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = MediaType.TEXT_HTML, schema = @Schema(type = SchemaType.STRING)),
            @Content(mediaType = Documents.MARKDOWN, schema = @Schema(type = SchemaType.STRING)) })
    public Response attestation(@PathParam("enrolmentId") UUID enrolmentId,
            @Parameter(description = "pdf (default), html or md") @QueryParam("format") @Pattern(regexp = "pdf|html|md") String format,
            @Parameter(description = "fr (default) or en") @QueryParam("lang") @Pattern(regexp = "fr|en") String lang,
            @Context HttpHeaders headers) {
        OrgAccess a = tenant.access();
        return Documents.respond(format, lang, headers, null, locale -> certificates.attestation(a, enrolmentId, locale),
                "attestation-fin-de-formation-" + enrolmentId, "attestation-" + enrolmentId);
    }
}
