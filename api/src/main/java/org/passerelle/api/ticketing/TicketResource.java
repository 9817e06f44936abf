package org.passerelle.api.ticketing;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
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
import org.passerelle.api.http.CsvDownload;
import org.passerelle.api.http.CsvOptions;
import org.passerelle.api.http.ETags;
import org.passerelle.api.http.Idempotent;
import org.passerelle.api.http.IfMatch;
import org.passerelle.api.http.PageResponse;
import org.passerelle.api.security.Tenant;
import org.passerelle.core.access.OrgAccess;
import org.passerelle.core.page.PageRequest;
import org.passerelle.ticketing.ticket.CommentView;
import org.passerelle.ticketing.ticket.HistoryEntry;
import org.passerelle.ticketing.ticket.NewTicket;
import org.passerelle.ticketing.ticket.TicketExport;
import org.passerelle.ticketing.ticket.TicketService;
import org.passerelle.ticketing.ticket.TicketView;

import io.quarkus.security.Authenticated;

@Path("/api/v1/orgs/{org}/tickets")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = ApiTags.TICKETS)
@SecurityRequirement(name = ApiTags.SECURITY_SCHEME)
public class TicketResource {

    private final Tenant tenant;
    private final TicketService tickets;
    private final TicketExport export;

    TicketResource(Tenant tenant, TicketService tickets, TicketExport export) {
        this.tenant = tenant;
        this.tickets = tickets;
        this.export = export;
    }

    @POST
    @Idempotent
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = TicketView.class)))
    @Operation(operationId = "createTicket", summary = "File a request or a purchase order; routed by its category, with SLA due dates")
    public RestResponse<TicketView> create(@NotNull @Valid NewTicket body) {
        TicketView created = tickets.create(tenant.access(), body);
        return ETags.created(tenant.location("tickets", created.id()), created);
    }

    @GET
    @Operation(operationId = "listTickets", summary = "Search and list tickets (a requester sees its structure's, staff the organisation's)")
    public RestResponse<PageResponse<TicketView>> list(@BeanParam TicketQuery query,
            @Parameter(description = "-createdAt (default) or createdAt") @QueryParam("sort") String sort,
            @QueryParam("limit") Integer limit, @QueryParam("cursor") String cursor, @Context UriInfo uri) {
        OrgAccess a = tenant.access();
        return PageResponse.page(tickets.search(a, query.toFilter(), sort, PageRequest.of(limit, cursor)), uri);
    }

    @GET
    @Path("/export")
    @Produces("text/csv")
    @Operation(operationId = "exportTickets", summary = "The same list as CSV, every page at once, streamed (for spreadsheets)")
    @APIResponse(responseCode = "200", description = "CSV with a header line, in the chosen dialect", content = @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING)))
    public Response export(@BeanParam TicketQuery query,
            @Valid @BeanParam CsvOptions csv) {
        OrgAccess a = tenant.access();
        return CsvDownload.of(export.prepare(a, query.toFilter()), csv, a.zone(), "tickets-" + tenant.slug());
    }

    @GET
    @Path("/{ticketId}")
    @Operation(operationId = "getTicket", summary = "Read a ticket")
    public RestResponse<TicketView> get(@PathParam("ticketId") UUID id) {
        TicketView view = tickets.get(tenant.access(), id);
        return ETags.tagged(view);
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

    @GET
    @Path("/{ticketId}/comments")
    @Operation(operationId = "listTicketComments", summary = "Follow-ups of a ticket (internal notes only for staff)")
    public PageResponse<CommentView> comments(@PathParam("ticketId") UUID id) {
        return PageResponse.all(tickets.comments(tenant.access(), id));
    }

    @POST
    @Idempotent
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = CommentView.class)))
    @Path("/{ticketId}/comments")
    @Operation(operationId = "addTicketComment", summary = "Add a public comment, or an internal note (staff); a requester's answer resumes a waiting ticket")
    public RestResponse<CommentView> comment(@PathParam("ticketId") UUID id,
            @NotNull @Valid TicketActions.NewComment body) {
        CommentView created = tickets.comment(tenant.access(), id, body.body(), Boolean.TRUE.equals(body.internal()));
        return RestResponse.status(RestResponse.Status.CREATED, created);
    }

    @GET
    @Path("/{ticketId}/history")
    @Operation(operationId = "getTicketHistory", summary = "Every change of the ticket: who, when, from → to")
    public PageResponse<HistoryEntry> history(@PathParam("ticketId") UUID id) {
        List<HistoryEntry> entries = tickets.history(tenant.access(), id);
        return PageResponse.all(entries);
    }

    private static RestResponse<TicketView> ok(TicketView view) {
        return ETags.tagged(view);
    }
}
