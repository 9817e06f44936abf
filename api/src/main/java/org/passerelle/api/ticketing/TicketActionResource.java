package org.passerelle.api.ticketing;

import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
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
import org.passerelle.ticketing.ticket.TicketWorkflow;
import org.passerelle.ticketing.ticket.TicketView;

import io.quarkus.security.Authenticated;

/**
 * The workflow actions on a ticket: each takes the If-Match of the ticket read and answers the ticket as it became.
 */
@Path("/api/v1/orgs/{org}/tickets")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = ApiTags.TICKETS)
@SecurityRequirement(name = ApiTags.SECURITY_SCHEME)
public class TicketActionResource {

    private final Tenant tenant;
    private final TicketWorkflow tickets;

    TicketActionResource(Tenant tenant, TicketWorkflow tickets) {
        this.tenant = tenant;
        this.tickets = tickets;
    }

    @POST
    @Path("/{ticketId}/approve")
    @Operation(operationId = "approveTicket", summary = "Approve a purchase order (another person of the structure, or an admin)")
    public RestResponse<TicketView> approve(@PathParam("ticketId") UUID id,
            @BeanParam IfMatch ifMatch) {
        return ok(tickets.approve(tenant.access(), id, ifMatch.version()));
    }

    @POST
    @Path("/{ticketId}/take")
    @Operation(operationId = "takeTicket", summary = "Take the ticket: assign it to myself and start working on it (agents)")
    public RestResponse<TicketView> take(@PathParam("ticketId") UUID id,
            @BeanParam IfMatch ifMatch) {
        return ok(tickets.take(tenant.access(), id, ifMatch.version()));
    }

    @POST
    @Path("/{ticketId}/assign")
    @Operation(operationId = "assignTicket", summary = "Assign the ticket to an agent (agents)")
    public RestResponse<TicketView> assign(@PathParam("ticketId") UUID id,
            @BeanParam IfMatch ifMatch, @NotNull @Valid TicketActions.Assign body) {
        return ok(tickets.assign(tenant.access(), id, ifMatch.version(), body.assigneeId()));
    }

    @POST
    @Path("/{ticketId}/wait")
    @Operation(operationId = "waitForRequester", summary = "Wait for the requester's answer; the SLA clock stops (agents)")
    public RestResponse<TicketView> waitForRequester(@PathParam("ticketId") UUID id,
            @BeanParam IfMatch ifMatch) {
        return ok(tickets.waitForRequester(tenant.access(), id, ifMatch.version()));
    }

    @POST
    @Path("/{ticketId}/resume")
    @Operation(operationId = "resumeTicket", summary = "Resume a waiting ticket; its due date moves by the business time waited")
    public RestResponse<TicketView> resume(@PathParam("ticketId") UUID id,
            @BeanParam IfMatch ifMatch) {
        return ok(tickets.resume(tenant.access(), id, ifMatch.version()));
    }

    @POST
    @Path("/{ticketId}/resolve")
    @Operation(operationId = "resolveTicket", summary = "Resolve the ticket (agents)")
    public RestResponse<TicketView> resolve(@PathParam("ticketId") UUID id,
            @BeanParam IfMatch ifMatch) {
        return ok(tickets.resolve(tenant.access(), id, ifMatch.version()));
    }

    @POST
    @Path("/{ticketId}/close")
    @Operation(operationId = "closeTicket", summary = "Close a resolved ticket (otherwise done automatically after the reopening window)")
    public RestResponse<TicketView> close(@PathParam("ticketId") UUID id,
            @BeanParam IfMatch ifMatch) {
        return ok(tickets.close(tenant.access(), id, ifMatch.version()));
    }

    @POST
    @Path("/{ticketId}/reopen")
    @Operation(operationId = "reopenTicket", summary = "Reopen a resolved ticket within the configured number of business days")
    public RestResponse<TicketView> reopen(@PathParam("ticketId") UUID id,
            @BeanParam IfMatch ifMatch) {
        return ok(tickets.reopen(tenant.access(), id, ifMatch.version()));
    }

    @POST
    @Path("/{ticketId}/cancel")
    @Operation(operationId = "cancelTicket", summary = "Cancel the ticket (its requester before work starts, or staff)")
    public RestResponse<TicketView> cancel(@PathParam("ticketId") UUID id,
            @BeanParam IfMatch ifMatch) {
        return ok(tickets.cancel(tenant.access(), id, ifMatch.version()));
    }

    @POST
    @Path("/{ticketId}/escalate")
    @Operation(operationId = "escalateTicket", summary = "Escalate from level N1 to N2 (agents)")
    public RestResponse<TicketView> escalate(@PathParam("ticketId") UUID id,
            @BeanParam IfMatch ifMatch) {
        return ok(tickets.escalate(tenant.access(), id, ifMatch.version()));
    }

    @POST
    @Path("/{ticketId}/recategorise")
    @Operation(operationId = "recategoriseTicket", summary = "Move the ticket to another category and its team; recorded and measured (agents)")
    public RestResponse<TicketView> recategorise(@PathParam("ticketId") UUID id,
            @BeanParam IfMatch ifMatch, @NotNull @Valid TicketActions.Recategorise body) {
        return ok(tickets.recategorise(tenant.access(), id, ifMatch.version(), body.categoryId()));
    }

    @POST
    @Path("/{ticketId}/rate")
    @Operation(operationId = "rateTicket", summary = "Rate a resolved ticket from 1 to 5, once (its structure's requester)")
    public RestResponse<TicketView> rate(@PathParam("ticketId") UUID id,
            @BeanParam IfMatch ifMatch, @NotNull @Valid TicketActions.Rate body) {
        return ok(tickets.rate(tenant.access(), id, ifMatch.version(), body.score(), body.comment()));
    }

    private static RestResponse<TicketView> ok(TicketView view) {
        return ETags.tagged(view);
    }
}
