package org.passerelle.api.training;

import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
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
import org.passerelle.api.security.CurrentCaller;
import org.passerelle.core.access.OrgAccess;
import org.passerelle.core.error.AccessDeniedException;
import org.passerelle.core.error.NotFoundException;
import org.passerelle.core.person.Role;
import org.passerelle.training.enrolment.EnrolmentData;
import org.passerelle.training.enrolment.EnrolmentService;
import org.passerelle.training.enrolment.EnrolmentView;
import org.passerelle.training.session.SessionService;

import io.quarkus.security.Authenticated;

@Path("/api/v1/orgs/{org}/training")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = EnrolmentResource.TAG, description = "Enrolment into sessions: capacity, waitlist, status lifecycle")
@SecurityRequirement(name = ApiTags.SECURITY_SCHEME)
public class EnrolmentResource {

    static final String TAG = "Training: enrolments";

    private static final Role[] ALL_ENROLMENTS = { Role.ADMIN, Role.AGENT, Role.AUDITOR };

    private final CurrentCaller caller;
    private final EnrolmentService enrolments;
    private final SessionService sessions;

    EnrolmentResource(CurrentCaller caller, EnrolmentService enrolments, SessionService sessions) {
        this.caller = caller;
        this.enrolments = enrolments;
        this.sessions = sessions;
    }

    @POST
    @Path("/sessions/{sessionId}/enrolments")
    @Idempotent
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = EnrolmentView.class)))
    @Operation(summary = "Enrol a learner (staff) or oneself (learners): selected while seats remain, else waitlisted")
    public RestResponse<EnrolmentView> enrol(@PathParam("org") String org, @PathParam("sessionId") UUID sessionId,
            @NotNull @Valid EnrolmentData body) {
        OrgAccess a = caller.in(org).require(Role.ADMIN, Role.AGENT, Role.LEARNER);
        EnrolmentData data = a.has(CourseResource.TRAINING_STAFF) ? body : body.forLearner(a.personId());
        EnrolmentView created = enrolments.enrol(a.orgId(), sessionId, data);
        return ETags.createdAt("/api/v1/orgs/" + org + "/training/enrolments/" + created.id(), created, created.version());
    }

    @GET
    @Path("/sessions/{sessionId}/enrolments")
    @Operation(summary = "Enrolments of a session, in order of arrival (staff and the session's trainers)")
    public PageResponse<EnrolmentView> ofSession(@PathParam("org") String org, @PathParam("sessionId") UUID sessionId) {
        OrgAccess a = caller.in(org);
        if (!a.has(ALL_ENROLMENTS)
                && !(a.has(Role.TRAINER) && sessions.isTaughtBy(a.orgId(), sessionId, a.personId()))) {
            throw new NotFoundException("session", sessionId);
        }
        sessions.get(a.orgId(), sessionId); // 404 for a session of another organisation
        return PageResponse.all(enrolments.ofSession(a.orgId(), sessionId));
    }

    @GET
    @Path("/enrolments")
    @Operation(summary = "Enrolments of a learner: learners get their own, staff name one with learnerId")
    public PageResponse<EnrolmentView> ofLearner(@PathParam("org") String org, @QueryParam("learnerId") UUID learnerId) {
        OrgAccess a = caller.in(org).require(Role.ADMIN, Role.AGENT, Role.AUDITOR, Role.LEARNER);
        UUID learner = a.has(ALL_ENROLMENTS) && learnerId != null ? learnerId : a.personId();
        return PageResponse.all(learner == null ? java.util.List.of() : enrolments.ofLearner(a.orgId(), learner));
    }

    @GET
    @Path("/enrolments/{enrolmentId}")
    @Operation(summary = "Read an enrolment (staff, its learner, or a trainer of its session)")
    public RestResponse<EnrolmentView> get(@PathParam("org") String org, @PathParam("enrolmentId") UUID enrolmentId) {
        OrgAccess a = caller.in(org);
        EnrolmentView view = visible(a, enrolmentId);
        return ETags.tagged(view, view.version());
    }

    @POST
    @Path("/enrolments/{enrolmentId}/confirm")
    @Operation(summary = "Confirm a selected place (the learner or staff)")
    public RestResponse<EnrolmentView> confirm(@PathParam("org") String org, @PathParam("enrolmentId") UUID enrolmentId,
            @HeaderParam("If-Match") String ifMatch) {
        OrgAccess a = learnerOrStaff(org, enrolmentId);
        EnrolmentView view = enrolments.confirm(a.orgId(), enrolmentId, ETags.expectedVersion(ifMatch));
        return ETags.tagged(view, view.version());
    }

    @POST
    @Path("/enrolments/{enrolmentId}/drop")
    @Operation(summary = "Withdraw (the learner or staff); the freed seat goes to the waitlist in order")
    public RestResponse<EnrolmentView> drop(@PathParam("org") String org, @PathParam("enrolmentId") UUID enrolmentId,
            @HeaderParam("If-Match") String ifMatch) {
        OrgAccess a = learnerOrStaff(org, enrolmentId);
        EnrolmentView view = enrolments.drop(a.orgId(), enrolmentId, ETags.expectedVersion(ifMatch));
        return ETags.tagged(view, view.version());
    }

    @POST
    @Path("/enrolments/{enrolmentId}/reject")
    @Operation(summary = "Turn an application down (admins and agents); a freed seat goes to the waitlist")
    public RestResponse<EnrolmentView> reject(@PathParam("org") String org, @PathParam("enrolmentId") UUID enrolmentId,
            @HeaderParam("If-Match") String ifMatch) {
        OrgAccess a = caller.in(org).require(CourseResource.TRAINING_STAFF);
        EnrolmentView view = enrolments.reject(a.orgId(), enrolmentId, ETags.expectedVersion(ifMatch));
        return ETags.tagged(view, view.version());
    }

    private OrgAccess learnerOrStaff(String org, UUID enrolmentId) {
        OrgAccess a = caller.in(org);
        EnrolmentView view = visible(a, enrolmentId);
        if (!a.has(CourseResource.TRAINING_STAFF) && !view.learnerId().equals(a.personId())) {
            throw new AccessDeniedException();
        }
        return a;
    }

    /** Staff see every enrolment, a learner its own, a trainer those of its sessions; others get 404. */
    private EnrolmentView visible(OrgAccess a, UUID enrolmentId) {
        EnrolmentView view = enrolments.get(a.orgId(), enrolmentId);
        boolean ok = a.has(ALL_ENROLMENTS) || view.learnerId().equals(a.personId())
                || a.has(Role.TRAINER) && sessions.isTaughtBy(a.orgId(), view.sessionId(), a.personId());
        if (!ok) {
            throw new NotFoundException("enrolment", enrolmentId);
        }
        return view;
    }
}
