package org.passerelle.api.training;

import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.passerelle.api.ApiTags;
import org.passerelle.api.http.ETags;
import org.passerelle.api.http.Idempotent;
import org.passerelle.api.http.PageResponse;
import org.passerelle.api.security.Tenant;
import org.passerelle.training.enrolment.EnrolmentData;
import org.passerelle.training.enrolment.EnrolmentService;
import org.passerelle.training.enrolment.EnrolmentView;

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

    EnrolmentResource(Tenant tenant, EnrolmentService enrolments) {
        this.tenant = tenant;
        this.enrolments = enrolments;
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
    @Path("/sessions/{sessionId}/selection")
    @Operation(operationId = "selectEnrolments", summary = "Select among a selective session's applicants while seats remain (members of the network first when the session says so), waitlist the others (admins and agents)")
    public PageResponse<EnrolmentView> select(@PathParam("sessionId") UUID sessionId) {
        return PageResponse.all(enrolments.select(tenant.access(), sessionId));
    }
}
