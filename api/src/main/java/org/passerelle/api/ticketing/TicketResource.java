package org.passerelle.api.ticketing;

import java.time.Instant;
import java.util.List;
import java.util.Set;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.passerelle.api.ApiTags;
import org.passerelle.api.http.ETags;
import org.passerelle.api.http.Idempotent;
import org.passerelle.api.http.PageResponse;
import org.passerelle.api.security.CurrentCaller;
import org.passerelle.core.access.OrgAccess;
import org.passerelle.core.error.RuleViolationException;
import org.passerelle.core.page.PageRequest;
import org.passerelle.ticketing.settings.Priority;
import org.passerelle.ticketing.ticket.CommentView;
import org.passerelle.ticketing.ticket.HistoryEntry;
import org.passerelle.ticketing.ticket.Level;
import org.passerelle.ticketing.ticket.NewTicket;
import org.passerelle.ticketing.ticket.Status;
import org.passerelle.ticketing.ticket.TicketFilter;
import org.passerelle.ticketing.ticket.TicketService;
import org.passerelle.ticketing.ticket.TicketType;
import org.passerelle.ticketing.ticket.TicketView;

import io.quarkus.security.Authenticated;

@Path("/api/v1/orgs/{org}/tickets")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = ApiTags.TICKETS)
@SecurityRequirement(name = ApiTags.SECURITY_SCHEME)
public class TicketResource {

    private final CurrentCaller caller;
    private final TicketService tickets;

    TicketResource(CurrentCaller caller, TicketService tickets) {
        this.caller = caller;
        this.tickets = tickets;
    }

    @POST
    @Idempotent
    @Operation(summary = "File a request or a purchase order; routed by its category, with SLA due dates")
    public Response create(@PathParam("org") String org, @NotNull @Valid NewTicket body) {
        TicketView created = tickets.create(caller.in(org), body);
        return ETags.created("/api/v1/orgs/" + org + "/tickets/" + created.id(), created, created.version());
    }

    @GET
    @Operation(summary = "Search and list tickets (a requester sees its structure's, staff the organisation's)")
    public Response list(@PathParam("org") String org,
            @Parameter(description = "French full-text query (title, description, comments; internal notes for staff)") @QueryParam("q") String q,
            @QueryParam("status") Set<Status> statuses, @QueryParam("type") TicketType type,
            @QueryParam("categoryId") UUID categoryId, @QueryParam("teamId") UUID teamId,
            @QueryParam("level") Level level, @QueryParam("memberId") UUID memberId,
            @QueryParam("assigneeId") UUID assigneeId, @QueryParam("priority") Priority priority,
            @QueryParam("createdFrom") Instant createdFrom, @QueryParam("createdTo") Instant createdTo,
            @QueryParam("resolvedFrom") Instant resolvedFrom, @QueryParam("resolvedTo") Instant resolvedTo,
            @Parameter(description = "Only tickets that missed (true) or met (false) a target") @QueryParam("breached") Boolean breached,
            @Parameter(description = "My open tickets: assigned to me (staff)") @QueryParam("mine") Boolean mine,
            @Parameter(description = "My team's open tickets (agents attached to a team)") @QueryParam("queue") Boolean queue,
            @Parameter(description = "-createdAt (default) or createdAt") @QueryParam("sort") String sort,
            @QueryParam("limit") Integer limit, @QueryParam("cursor") String cursor, @Context UriInfo uri) {
        OrgAccess a = caller.in(org);
        Set<Status> wanted = statuses;
        UUID assignee = assigneeId;
        if (Boolean.TRUE.equals(mine)) {
            assignee = a.personId();
            wanted = statuses == null || statuses.isEmpty() ? Status.OPEN : statuses;
        }
        UUID team = teamId;
        if (Boolean.TRUE.equals(queue)) {
            if (a.teamId() == null) {
                throw new RuleViolationException("queue", "ticketing.ticket.no-team");
            }
            team = a.teamId();
            wanted = wanted == null || wanted.isEmpty() ? Status.OPEN : wanted;
        }
        TicketFilter filter = new TicketFilter(q, wanted, type, categoryId, team, level, memberId, assignee,
                priority, createdFrom, createdTo, resolvedFrom, resolvedTo, breached);
        return PageResponse.of(tickets.search(a, filter, sort, PageRequest.of(limit, cursor)), uri);
    }

    @GET
    @Path("/{ticketId}")
    @Operation(summary = "Read a ticket")
    public Response get(@PathParam("org") String org, @PathParam("ticketId") UUID id) {
        TicketView view = tickets.get(caller.in(org), id);
        return ETags.ok(view, view.version()).build();
    }

    @POST
    @Path("/{ticketId}/approve")
    @Operation(summary = "Approve a purchase order (another person of the structure, or an admin)")
    public Response approve(@PathParam("org") String org, @PathParam("ticketId") UUID id,
            @HeaderParam("If-Match") String ifMatch) {
        return ok(tickets.approve(caller.in(org), id, ETags.expectedVersion(ifMatch)));
    }

    @POST
    @Path("/{ticketId}/take")
    @Operation(summary = "Take the ticket: assign it to myself and start working on it (agents)")
    public Response take(@PathParam("org") String org, @PathParam("ticketId") UUID id,
            @HeaderParam("If-Match") String ifMatch) {
        return ok(tickets.take(caller.in(org), id, ETags.expectedVersion(ifMatch)));
    }

    @POST
    @Path("/{ticketId}/assign")
    @Operation(summary = "Assign the ticket to an agent (agents)")
    public Response assign(@PathParam("org") String org, @PathParam("ticketId") UUID id,
            @HeaderParam("If-Match") String ifMatch, @NotNull @Valid TicketActions.Assign body) {
        return ok(tickets.assign(caller.in(org), id, ETags.expectedVersion(ifMatch), body.assigneeId()));
    }

    @POST
    @Path("/{ticketId}/wait")
    @Operation(summary = "Wait for the requester's answer; the SLA clock stops (agents)")
    public Response waitForRequester(@PathParam("org") String org, @PathParam("ticketId") UUID id,
            @HeaderParam("If-Match") String ifMatch) {
        return ok(tickets.waitForRequester(caller.in(org), id, ETags.expectedVersion(ifMatch)));
    }

    @POST
    @Path("/{ticketId}/resume")
    @Operation(summary = "Resume a waiting ticket; its due date moves by the business time waited")
    public Response resume(@PathParam("org") String org, @PathParam("ticketId") UUID id,
            @HeaderParam("If-Match") String ifMatch) {
        return ok(tickets.resume(caller.in(org), id, ETags.expectedVersion(ifMatch)));
    }

    @POST
    @Path("/{ticketId}/resolve")
    @Operation(summary = "Resolve the ticket (agents)")
    public Response resolve(@PathParam("org") String org, @PathParam("ticketId") UUID id,
            @HeaderParam("If-Match") String ifMatch) {
        return ok(tickets.resolve(caller.in(org), id, ETags.expectedVersion(ifMatch)));
    }

    @POST
    @Path("/{ticketId}/close")
    @Operation(summary = "Close a resolved ticket (otherwise done automatically after the reopening window)")
    public Response close(@PathParam("org") String org, @PathParam("ticketId") UUID id,
            @HeaderParam("If-Match") String ifMatch) {
        return ok(tickets.close(caller.in(org), id, ETags.expectedVersion(ifMatch)));
    }

    @POST
    @Path("/{ticketId}/reopen")
    @Operation(summary = "Reopen a resolved ticket within the configured number of business days")
    public Response reopen(@PathParam("org") String org, @PathParam("ticketId") UUID id,
            @HeaderParam("If-Match") String ifMatch) {
        return ok(tickets.reopen(caller.in(org), id, ETags.expectedVersion(ifMatch)));
    }

    @POST
    @Path("/{ticketId}/cancel")
    @Operation(summary = "Cancel the ticket (its requester before work starts, or staff)")
    public Response cancel(@PathParam("org") String org, @PathParam("ticketId") UUID id,
            @HeaderParam("If-Match") String ifMatch) {
        return ok(tickets.cancel(caller.in(org), id, ETags.expectedVersion(ifMatch)));
    }

    @POST
    @Path("/{ticketId}/escalate")
    @Operation(summary = "Escalate from level N1 to N2 (agents)")
    public Response escalate(@PathParam("org") String org, @PathParam("ticketId") UUID id,
            @HeaderParam("If-Match") String ifMatch) {
        return ok(tickets.escalate(caller.in(org), id, ETags.expectedVersion(ifMatch)));
    }

    @POST
    @Path("/{ticketId}/recategorise")
    @Operation(summary = "Move the ticket to another category and its team; recorded and measured (agents)")
    public Response recategorise(@PathParam("org") String org, @PathParam("ticketId") UUID id,
            @HeaderParam("If-Match") String ifMatch, @NotNull @Valid TicketActions.Recategorise body) {
        return ok(tickets.recategorise(caller.in(org), id, ETags.expectedVersion(ifMatch), body.categoryId()));
    }

    @POST
    @Path("/{ticketId}/rate")
    @Operation(summary = "Rate a resolved ticket from 1 to 5, once (its structure's requester)")
    public Response rate(@PathParam("org") String org, @PathParam("ticketId") UUID id,
            @HeaderParam("If-Match") String ifMatch, @NotNull @Valid TicketActions.Rate body) {
        return ok(tickets.rate(caller.in(org), id, ETags.expectedVersion(ifMatch), body.score(), body.comment()));
    }

    @GET
    @Path("/{ticketId}/comments")
    @Operation(summary = "Follow-ups of a ticket (internal notes only for staff)")
    public PageResponse<CommentView> comments(@PathParam("org") String org, @PathParam("ticketId") UUID id) {
        return PageResponse.all(tickets.comments(caller.in(org), id));
    }

    @POST
    @Idempotent
    @Path("/{ticketId}/comments")
    @Operation(summary = "Add a public comment, or an internal note (staff); a requester's answer resumes a waiting ticket")
    public Response comment(@PathParam("org") String org, @PathParam("ticketId") UUID id,
            @NotNull @Valid TicketActions.NewComment body) {
        CommentView created = tickets.comment(caller.in(org), id, body.body(), Boolean.TRUE.equals(body.internal()));
        return Response.status(201).entity(created).build();
    }

    @GET
    @Path("/{ticketId}/history")
    @Operation(summary = "Every change of the ticket: who, when, from → to")
    public PageResponse<HistoryEntry> history(@PathParam("org") String org, @PathParam("ticketId") UUID id) {
        List<HistoryEntry> entries = tickets.history(caller.in(org), id);
        return PageResponse.all(entries);
    }

    private static Response ok(TicketView view) {
        return ETags.ok(view, view.version()).build();
    }
}
