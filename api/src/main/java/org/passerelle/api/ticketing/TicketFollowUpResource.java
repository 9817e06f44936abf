package org.passerelle.api.ticketing;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.passerelle.api.ApiTags;
import org.passerelle.api.http.Idempotent;
import org.passerelle.api.http.PageResponse;
import org.passerelle.api.security.Tenant;
import org.passerelle.ticketing.ticket.CommentView;
import org.passerelle.ticketing.ticket.HistoryEntry;
import org.passerelle.ticketing.ticket.TicketComments;
import org.passerelle.ticketing.ticket.TicketHistory;

import io.quarkus.security.Authenticated;

/**
 * A ticket's comments and history.
 */
@Path("/api/v1/orgs/{org}/tickets")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = ApiTags.TICKETS)
@SecurityRequirement(name = ApiTags.SECURITY_SCHEME)
public class TicketFollowUpResource {

    private final Tenant tenant;
    private final TicketComments comments;
    private final TicketHistory history;

    TicketFollowUpResource(Tenant tenant, TicketComments comments, TicketHistory history) {
        this.tenant = tenant;
        this.comments = comments;
        this.history = history;
    }

    @GET
    @Path("/{ticketId}/comments")
    @Operation(operationId = "listTicketComments", summary = "Follow-ups of a ticket (internal notes only for staff)")
    public PageResponse<CommentView> comments(@PathParam("ticketId") UUID id) {
        return PageResponse.all(comments.list(tenant.access(), id));
    }

    @POST
    @Idempotent
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = CommentView.class)))
    @Path("/{ticketId}/comments")
    @Operation(operationId = "addTicketComment", summary = "Add a public comment, or an internal note (staff); a requester's answer resumes a waiting ticket")
    public RestResponse<CommentView> comment(@PathParam("ticketId") UUID id,
            @NotNull @Valid TicketActions.NewComment body) {
        CommentView created = comments.comment(tenant.access(), id, body.body(), Boolean.TRUE.equals(body.internal()));
        return RestResponse.status(RestResponse.Status.CREATED, created);
    }

    @GET
    @Path("/{ticketId}/history")
    @Operation(operationId = "getTicketHistory", summary = "Every change of the ticket: who, when, from → to")
    public PageResponse<HistoryEntry> history(@PathParam("ticketId") UUID id) {
        List<HistoryEntry> entries = history.list(tenant.access(), id);
        return PageResponse.all(entries);
    }
}
