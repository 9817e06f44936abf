package org.passerelle.api.training;

import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.passerelle.api.ApiTags;
import org.passerelle.api.http.ETags;
import org.passerelle.api.http.IfMatch;
import org.passerelle.api.security.Tenant;
import org.passerelle.training.session.SessionService;
import org.passerelle.training.session.SlotTrainer;
import org.passerelle.training.session.SlotView;

import io.quarkus.security.Authenticated;

/**
 * The half-days of a session and who teaches each: a half-day may have its own trainer (a different speaker each
 * day), else the session's trainers teach it. The ETag is the slot's own version.
 */
@Path("/api/v1/orgs/{org}/training/sessions/{sessionId}/slots/{slotId}")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = SessionResource.TAG)
@SecurityRequirement(name = ApiTags.SECURITY_SCHEME)
public class SessionSlotResource {

    private final Tenant tenant;
    private final SessionService sessions;

    SessionSlotResource(Tenant tenant, SessionService sessions) {
        this.tenant = tenant;
        this.sessions = sessions;
    }

    @GET
    @Operation(operationId = "getSessionSlot", summary = "Read a half-day and who teaches it (staff, the session's trainers, its seated learners)")
    public RestResponse<SlotView> get(@PathParam("sessionId") UUID sessionId, @PathParam("slotId") UUID slotId) {
        return ETags.tagged(sessions.slot(tenant.access(), sessionId, slotId));
    }

    @PUT
    @Path("/trainer")
    @Operation(operationId = "assignSlotTrainer", summary = "Give a half-day its own trainer, instead of the session's (admins and agents; until the session is cancelled)")
    public RestResponse<SlotView> set(@PathParam("sessionId") UUID sessionId, @PathParam("slotId") UUID slotId,
            @BeanParam IfMatch ifMatch, @NotNull @Valid SlotTrainer body) {
        return ETags.tagged(sessions.assignSlot(tenant.access(), sessionId, slotId, ifMatch.version(), body.personId()));
    }

    @DELETE
    @Path("/trainer")
    @Operation(operationId = "removeSlotTrainer", summary = "Give a half-day back to the session's trainers (admins and agents; until the session is cancelled)")
    public RestResponse<SlotView> clear(@PathParam("sessionId") UUID sessionId, @PathParam("slotId") UUID slotId,
            @BeanParam IfMatch ifMatch) {
        return ETags.tagged(sessions.assignSlot(tenant.access(), sessionId, slotId, ifMatch.version(), null));
    }
}
