package org.passerelle.api.training;

import java.time.Instant;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.passerelle.api.ApiTags;
import org.passerelle.api.http.ETags;
import org.passerelle.api.http.Idempotent;
import org.passerelle.api.http.IfMatch;
import org.passerelle.api.http.PageResponse;
import org.passerelle.api.security.Tenant;
import org.passerelle.core.page.PageRequest;
import org.passerelle.training.session.SessionData;
import org.passerelle.training.session.SessionFilter;
import org.passerelle.training.session.SessionService;
import org.passerelle.training.session.SessionStatus;
import org.passerelle.training.session.SessionView;

import io.quarkus.security.Authenticated;

@Path("/api/v1/orgs/{org}/training/sessions")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = SessionResource.TAG, description = "Sessions of courses: half-day slots, trainers, lifecycle, iCalendar")
@SecurityRequirement(name = ApiTags.SECURITY_SCHEME)
public class SessionResource {

    static final String TAG = "Training: sessions";

    private final Tenant tenant;
    private final SessionService sessions;

    SessionResource(Tenant tenant, SessionService sessions) {
        this.tenant = tenant;
        this.sessions = sessions;
    }

    @GET
    @Operation(operationId = "listSessions", summary = "Search sessions (trainers see the sessions they teach)")
    public RestResponse<PageResponse<SessionView>> list(@QueryParam("courseId") UUID courseId,
            @QueryParam("status") SessionStatus status,
            @Parameter(description = "Sessions taught by this person") @QueryParam("trainerId") UUID trainerId,
            @Parameter(description = "Sessions ending at or after this instant") @QueryParam("from") Instant from,
            @Parameter(description = "Sessions starting before this instant") @QueryParam("to") Instant to,
            @Parameter(description = "startsAt (default) or createdAt; prefix - to reverse") @QueryParam("sort") String sort,
            @QueryParam("limit") Integer limit, @QueryParam("cursor") String cursor, @Context UriInfo uri) {
        SessionFilter filter = new SessionFilter(courseId, status, trainerId, from, to);
        return PageResponse.page(sessions.search(tenant.access(), filter, sort, PageRequest.of(limit, cursor)), uri);
    }

    @POST
    @Idempotent
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = SessionView.class)))
    @Operation(operationId = "createSession", summary = "Plan a session (admins and agents); it starts as a draft")
    public RestResponse<SessionView> create(@NotNull @Valid SessionData body) {
        SessionView created = sessions.create(tenant.access(), body);
        return ETags.created(tenant.location("training/sessions", created.id()), created);
    }

    @GET
    @Path("/{sessionId}")
    @Operation(operationId = "getSession", summary = "Read a session (staff, its trainers, its seated learners)")
    public RestResponse<SessionView> get(@PathParam("sessionId") UUID sessionId) {
        SessionView view = sessions.get(tenant.access(), sessionId);
        return ETags.tagged(view);
    }

    @GET
    @Path("/{sessionId}/calendar.ics")
    @Produces("text/calendar")
    @Operation(operationId = "getSessionCalendar", summary = "The session's half-day slots as an iCalendar file (staff, its trainers, its seated learners)")
    @APIResponse(responseCode = "200", description = "RFC 5545 calendar", content = @Content(mediaType = "text/calendar", schema = @Schema(type = SchemaType.STRING)))
    public Response calendar(@PathParam("sessionId") UUID sessionId) {
        return Response.ok(sessions.icalendar(tenant.access(), sessionId), "text/calendar; charset=utf-8")
                .header("Content-Disposition", "attachment; filename=\"session-" + sessionId + ".ics\"").build();
    }

    @PUT
    @Path("/{sessionId}")
    @Operation(operationId = "updateSession", summary = "Replace a session, its slots and trainers, until it runs (admins and agents)")
    public RestResponse<SessionView> update(@PathParam("sessionId") UUID sessionId,
            @BeanParam IfMatch ifMatch, @NotNull @Valid SessionData body) {
        SessionView view = sessions.update(tenant.access(), sessionId, ifMatch.version(), body);
        return ETags.tagged(view);
    }

    @POST
    @Path("/{sessionId}/open")
    @Operation(operationId = "openSession", summary = "Open a draft session to enrolment")
    public RestResponse<SessionView> open(@PathParam("sessionId") UUID sessionId,
            @BeanParam IfMatch ifMatch) {
        return move(sessionId, ifMatch, SessionStatus.OPEN);
    }

    @POST
    @Path("/{sessionId}/start")
    @Operation(operationId = "startSession", summary = "Mark an open or full session as running")
    public RestResponse<SessionView> start(@PathParam("sessionId") UUID sessionId,
            @BeanParam IfMatch ifMatch) {
        return move(sessionId, ifMatch, SessionStatus.RUNNING);
    }

    @POST
    @Path("/{sessionId}/complete")
    @Operation(operationId = "completeSession", summary = "Mark a running session as completed")
    public RestResponse<SessionView> complete(@PathParam("sessionId") UUID sessionId,
            @BeanParam IfMatch ifMatch) {
        return move(sessionId, ifMatch, SessionStatus.COMPLETED);
    }

    @POST
    @Path("/{sessionId}/cancel")
    @Operation(operationId = "cancelSession", summary = "Cancel a session that has not started")
    public RestResponse<SessionView> cancel(@PathParam("sessionId") UUID sessionId,
            @BeanParam IfMatch ifMatch) {
        return move(sessionId, ifMatch, SessionStatus.CANCELLED);
    }

    private RestResponse<SessionView> move(UUID sessionId, IfMatch ifMatch, SessionStatus target) {
        SessionView view = sessions.transition(tenant.access(), sessionId, ifMatch.version(), target);
        return ETags.tagged(view);
    }
}
