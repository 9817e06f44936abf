package org.passerelle.api.ticketing;

import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
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
import org.passerelle.api.http.IfMatch;
import org.passerelle.api.http.Idempotent;
import org.passerelle.api.http.PageResponse;
import org.passerelle.api.security.Tenant;
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

    private final Tenant tenant;
    private final CannedReplyService replies;

    CannedReplyResource(Tenant tenant, CannedReplyService replies) {
        this.tenant = tenant;
        this.replies = replies;
    }

    @GET
    @Operation(operationId = "listCannedReplies", summary = "Canned replies of the organisation and of every team, most used first (staff)")
    public PageResponse<CannedReplyView> list() {
        return PageResponse.all(replies.list(tenant.access()));
    }

    @POST
    @Idempotent
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = CannedReplyView.class)))
    @Operation(operationId = "createCannedReply", summary = "Write a canned reply with {{requester}}, {{reference}}, {{agent}} placeholders (admins; agents for their team)")
    public RestResponse<CannedReplyView> create(@NotNull @Valid CannedReplyData body) {
        CannedReplyView created = replies.create(tenant.access(), body);
        return ETags.created(tenant.location("canned-replies", created.id()), created);
    }

    @GET
    @Path("/{replyId}")
    @Operation(operationId = "getCannedReply", summary = "Read a canned reply (staff)")
    public RestResponse<CannedReplyView> get(@PathParam("replyId") UUID id) {
        CannedReplyView view = replies.get(tenant.access(), id);
        return ETags.tagged(view);
    }

    @PUT
    @Path("/{replyId}")
    @Operation(operationId = "updateCannedReply", summary = "Replace a canned reply (admins; agents for their team)")
    public RestResponse<CannedReplyView> update(@PathParam("replyId") UUID id,
            @BeanParam IfMatch ifMatch, @NotNull @Valid CannedReplyData body) {
        CannedReplyView view = replies.update(tenant.access(), id, ifMatch.version(), body);
        return ETags.tagged(view);
    }

    @DELETE
    @Path("/{replyId}")
    @Operation(operationId = "deleteCannedReply", summary = "Delete a canned reply (admins; agents for their team)")
    public void delete(@PathParam("replyId") UUID id,
            @BeanParam IfMatch ifMatch) {
        replies.delete(tenant.access(), id, ifMatch.version());
    }

    @POST
    @Path("/{replyId}/apply")
    @Operation(operationId = "applyCannedReply", summary = "Post the reply on a ticket as a public comment, placeholders filled; counts one use (staff)")
    public CommentView apply(@PathParam("replyId") UUID id,
            @NotNull @Valid ReplyTarget body) {
        return replies.apply(tenant.access(), id, body.ticketId());
    }
}
