package org.passerelle.api.ticketing;

import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.passerelle.api.ApiTags;
import org.passerelle.api.http.ETags;
import org.passerelle.api.http.Idempotent;
import org.passerelle.api.http.PageResponse;
import org.passerelle.api.security.CurrentCaller;
import org.passerelle.ticketing.reply.CannedReplyData;
import org.passerelle.ticketing.reply.CannedReplyService;
import org.passerelle.ticketing.reply.CannedReplyView;
import org.passerelle.ticketing.ticket.CommentView;

import io.quarkus.security.Authenticated;

/** Canned replies of the organisation and its teams, applied to tickets as public comments. */
@Path("/api/v1/orgs/{org}/canned-replies")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = ApiTags.TICKETS)
@SecurityRequirement(name = ApiTags.SECURITY_SCHEME)
public class CannedReplyResource {

    /** The ticket to answer. */
    public record ReplyTarget(@NotNull UUID ticketId) {
    }

    private final CurrentCaller caller;
    private final CannedReplyService replies;

    CannedReplyResource(CurrentCaller caller, CannedReplyService replies) {
        this.caller = caller;
        this.replies = replies;
    }

    @GET
    @Operation(operationId = "listCannedReplies", summary = "Canned replies of the organisation and of every team, most used first (staff)")
    public PageResponse<CannedReplyView> list(@PathParam("org") String org) {
        return PageResponse.all(replies.list(caller.in(org)));
    }

    @POST
    @Idempotent
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = CannedReplyView.class)))
    @Operation(operationId = "createCannedReply", summary = "Write a canned reply with {{requester}}, {{reference}}, {{agent}} placeholders (admins; agents for their team)")
    public RestResponse<CannedReplyView> create(@PathParam("org") String org, @NotNull @Valid CannedReplyData body) {
        CannedReplyView created = replies.create(caller.in(org), body);
        return ETags.createdAt("/api/v1/orgs/" + org + "/canned-replies/" + created.id(), created, created.version());
    }

    @GET
    @Path("/{replyId}")
    @Operation(operationId = "getCannedReply", summary = "Read a canned reply (staff)")
    public RestResponse<CannedReplyView> get(@PathParam("org") String org, @PathParam("replyId") UUID id) {
        CannedReplyView view = replies.get(caller.in(org), id);
        return ETags.tagged(view, view.version());
    }

    @PUT
    @Path("/{replyId}")
    @Operation(operationId = "updateCannedReply", summary = "Replace a canned reply (admins; agents for their team)")
    public RestResponse<CannedReplyView> update(@PathParam("org") String org, @PathParam("replyId") UUID id,
            @HeaderParam("If-Match") String ifMatch, @NotNull @Valid CannedReplyData body) {
        CannedReplyView view = replies.update(caller.in(org), id, ETags.expectedVersion(ifMatch), body);
        return ETags.tagged(view, view.version());
    }

    @DELETE
    @Path("/{replyId}")
    @Operation(operationId = "deleteCannedReply", summary = "Delete a canned reply (admins; agents for their team)")
    public void delete(@PathParam("org") String org, @PathParam("replyId") UUID id,
            @HeaderParam("If-Match") String ifMatch) {
        replies.delete(caller.in(org), id, ETags.expectedVersion(ifMatch));
    }

    @POST
    @Path("/{replyId}/apply")
    @Operation(operationId = "applyCannedReply", summary = "Post the reply on a ticket as a public comment, placeholders filled; counts one use (staff)")
    public CommentView apply(@PathParam("org") String org, @PathParam("replyId") UUID id,
            @NotNull @Valid ReplyTarget body) {
        return replies.apply(caller.in(org), id, body.ticketId());
    }
}
