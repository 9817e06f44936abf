package org.passerelle.api.ticketing;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
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
import org.passerelle.api.http.PageResponse;
import org.passerelle.api.security.CurrentCaller;
import org.passerelle.core.access.OrgAccess;
import org.passerelle.core.page.PageRequest;
import org.passerelle.ticketing.ticket.CommentView;
import org.passerelle.ticketing.ticket.HistoryEntry;
import org.passerelle.ticketing.ticket.NewTicket;
import org.passerelle.ticketing.ticket.TicketComments;
import org.passerelle.ticketing.ticket.TicketCreation;
import org.passerelle.ticketing.ticket.TicketExport;
import org.passerelle.ticketing.ticket.TicketHistory;
import org.passerelle.ticketing.ticket.TicketSearch;
import org.passerelle.ticketing.ticket.TicketView;
import org.passerelle.ticketing.ticket.TicketWorkflow;

import io.quarkus.security.Authenticated;

@Path("/api/v1/orgs/{org}/tickets")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = ApiTags.TICKETS)
@SecurityRequirement(name = ApiTags.SECURITY_SCHEME)
public class TicketResource {

    private final CurrentCaller caller;
    private final TicketCreation creation;
    private final TicketSearch search;
    private final TicketWorkflow workflow;
    private final TicketComments comments;
    private final TicketHistory history;
    private final TicketExport export;

    TicketResource(CurrentCaller caller, TicketCreation creation, TicketSearch search, TicketWorkflow workflow,
            TicketComments comments, TicketHistory history, TicketExport export) {
        this.caller = caller;
        this.creation = creation;
        this.search = search;
        this.workflow = workflow;
        this.comments = comments;
        this.history = history;
        this.export = export;
    }

    @POST
    @Idempotent
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = TicketView.class)))
    @Operation(operationId = "createTicket", summary = "File a request or a purchase order; routed by its category, with SLA due dates")
    public RestResponse<TicketView> create(@PathParam("org") String org, @NotNull @Valid NewTicket body) {
        TicketView created = creation.create(caller.in(org), body);
        return ETags.createdAt("/api/v1/orgs/" + org + "/tickets/" + created.id(), created, created.version());
    }

    @GET
    @Operation(operationId = "listTickets", summary = "Search and list tickets (a requester sees its structure's, staff the organisation's)")
    public RestResponse<PageResponse<TicketView>> list(@PathParam("org") String org, @BeanParam TicketQuery query,
            @Parameter(description = "-createdAt (default) or createdAt") @QueryParam("sort") String sort,
            @QueryParam("limit") Integer limit, @QueryParam("cursor") String cursor, @Context UriInfo uri) {
        OrgAccess a = caller.in(org);
        return PageResponse.page(search.search(a, query.toFilter(), sort, PageRequest.of(limit, cursor)), uri);
    }

    @GET
    @Path("/export")
    @Produces("text/csv")
    @Operation(operationId = "exportTickets", summary = "The same list as CSV, every page at once, streamed (for spreadsheets)")
    @APIResponse(responseCode = "200", description = "CSV with a header line, in the chosen dialect", content = @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING)))
    public Response export(@PathParam("org") String org, @BeanParam TicketQuery query,
            @Valid @BeanParam CsvOptions csv) {
        OrgAccess a = caller.in(org);
        return CsvDownload.of(export.prepare(a, query.toFilter()), csv, a.zone(), "tickets-" + org);
    }

    @GET
    @Path("/{ticketId}")
    @Operation(operationId = "getTicket", summary = "Read a ticket")
    public RestResponse<TicketView> get(@PathParam("org") String org, @PathParam("ticketId") UUID id) {
        TicketView view = search.get(caller.in(org), id);
        return ETags.tagged(view, view.version());
    }

    @POST
    @Path("/{ticketId}/approve")
    @Operation(operationId = "approveTicket", summary = "Approve a purchase order (another person of the structure, or an admin)")
    public RestResponse<TicketView> approve(@PathParam("org") String org, @PathParam("ticketId") UUID id,
            @HeaderParam("If-Match") String ifMatch) {
        return ok(workflow.approve(caller.in(org), id, ETags.expectedVersion(ifMatch)));
    }

    @POST
    @Path("/{ticketId}/take")
    @Operation(operationId = "takeTicket", summary = "Take the ticket: assign it to myself and start working on it (agents)")
    public RestResponse<TicketView> take(@PathParam("org") String org, @PathParam("ticketId") UUID id,
            @HeaderParam("If-Match") String ifMatch) {
        return ok(workflow.take(caller.in(org), id, ETags.expectedVersion(ifMatch)));
    }

    @POST
    @Path("/{ticketId}/assign")
    @Operation(operationId = "assignTicket", summary = "Assign the ticket to an agent (agents)")
    public RestResponse<TicketView> assign(@PathParam("org") String org, @PathParam("ticketId") UUID id,
            @HeaderParam("If-Match") String ifMatch, @NotNull @Valid TicketActions.Assign body) {
        return ok(workflow.assign(caller.in(org), id, ETags.expectedVersion(ifMatch), body.assigneeId()));
    }

    @POST
    @Path("/{ticketId}/wait")
    @Operation(operationId = "waitForRequester", summary = "Wait for the requester's answer; the SLA clock stops (agents)")
    public RestResponse<TicketView> waitForRequester(@PathParam("org") String org, @PathParam("ticketId") UUID id,
            @HeaderParam("If-Match") String ifMatch) {
        return ok(workflow.waitForRequester(caller.in(org), id, ETags.expectedVersion(ifMatch)));
    }

    @POST
    @Path("/{ticketId}/resume")
    @Operation(operationId = "resumeTicket", summary = "Resume a waiting ticket; its due date moves by the business time waited")
    public RestResponse<TicketView> resume(@PathParam("org") String org, @PathParam("ticketId") UUID id,
            @HeaderParam("If-Match") String ifMatch) {
        return ok(workflow.resume(caller.in(org), id, ETags.expectedVersion(ifMatch)));
    }

    @POST
    @Path("/{ticketId}/resolve")
    @Operation(operationId = "resolveTicket", summary = "Resolve the ticket (agents)")
    public RestResponse<TicketView> resolve(@PathParam("org") String org, @PathParam("ticketId") UUID id,
            @HeaderParam("If-Match") String ifMatch) {
        return ok(workflow.resolve(caller.in(org), id, ETags.expectedVersion(ifMatch)));
    }

    @POST
    @Path("/{ticketId}/close")
    @Operation(operationId = "closeTicket", summary = "Close a resolved ticket (otherwise done automatically after the reopening window)")
    public RestResponse<TicketView> close(@PathParam("org") String org, @PathParam("ticketId") UUID id,
            @HeaderParam("If-Match") String ifMatch) {
        return ok(workflow.close(caller.in(org), id, ETags.expectedVersion(ifMatch)));
    }

    @POST
    @Path("/{ticketId}/reopen")
    @Operation(operationId = "reopenTicket", summary = "Reopen a resolved ticket within the configured number of business days")
    public RestResponse<TicketView> reopen(@PathParam("org") String org, @PathParam("ticketId") UUID id,
            @HeaderParam("If-Match") String ifMatch) {
        return ok(workflow.reopen(caller.in(org), id, ETags.expectedVersion(ifMatch)));
    }

    @POST
    @Path("/{ticketId}/cancel")
    @Operation(operationId = "cancelTicket", summary = "Cancel the ticket (its requester before work starts, or staff)")
    public RestResponse<TicketView> cancel(@PathParam("org") String org, @PathParam("ticketId") UUID id,
            @HeaderParam("If-Match") String ifMatch) {
        return ok(workflow.cancel(caller.in(org), id, ETags.expectedVersion(ifMatch)));
    }

    @POST
    @Path("/{ticketId}/escalate")
    @Operation(operationId = "escalateTicket", summary = "Escalate from level N1 to N2 (agents)")
    public RestResponse<TicketView> escalate(@PathParam("org") String org, @PathParam("ticketId") UUID id,
            @HeaderParam("If-Match") String ifMatch) {
        return ok(workflow.escalate(caller.in(org), id, ETags.expectedVersion(ifMatch)));
    }

    @POST
    @Path("/{ticketId}/recategorise")
    @Operation(operationId = "recategoriseTicket", summary = "Move the ticket to another category and its team; recorded and measured (agents)")
    public RestResponse<TicketView> recategorise(@PathParam("org") String org, @PathParam("ticketId") UUID id,
            @HeaderParam("If-Match") String ifMatch, @NotNull @Valid TicketActions.Recategorise body) {
        return ok(workflow.recategorise(caller.in(org), id, ETags.expectedVersion(ifMatch), body.categoryId()));
    }

    @POST
    @Path("/{ticketId}/rate")
    @Operation(operationId = "rateTicket", summary = "Rate a resolved ticket from 1 to 5, once (its structure's requester)")
    public RestResponse<TicketView> rate(@PathParam("org") String org, @PathParam("ticketId") UUID id,
            @HeaderParam("If-Match") String ifMatch, @NotNull @Valid TicketActions.Rate body) {
        return ok(workflow.rate(caller.in(org), id, ETags.expectedVersion(ifMatch), body.score(), body.comment()));
    }

    @GET
    @Path("/{ticketId}/comments")
    @Operation(operationId = "listTicketComments", summary = "Follow-ups of a ticket (internal notes only for staff)")
    public PageResponse<CommentView> comments(@PathParam("org") String org, @PathParam("ticketId") UUID id) {
        return PageResponse.all(comments.list(caller.in(org), id));
    }

    @POST
    @Idempotent
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = CommentView.class)))
    @Path("/{ticketId}/comments")
    @Operation(operationId = "addTicketComment", summary = "Add a public comment, or an internal note (staff); a requester's answer resumes a waiting ticket")
    public RestResponse<CommentView> comment(@PathParam("org") String org, @PathParam("ticketId") UUID id,
            @NotNull @Valid TicketActions.NewComment body) {
        CommentView created = comments.comment(caller.in(org), id, body.body(), Boolean.TRUE.equals(body.internal()));
        return RestResponse.status(RestResponse.Status.CREATED, created);
    }

    @GET
    @Path("/{ticketId}/history")
    @Operation(operationId = "getTicketHistory", summary = "Every change of the ticket: who, when, from → to")
    public PageResponse<HistoryEntry> history(@PathParam("org") String org, @PathParam("ticketId") UUID id) {
        List<HistoryEntry> entries = history.list(caller.in(org), id);
        return PageResponse.all(entries);
    }

    private static RestResponse<TicketView> ok(TicketView view) {
        return ETags.tagged(view, view.version());
    }
}
