package org.passerelle.api.ticketing;

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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.passerelle.api.http.Idempotent;
import org.passerelle.api.ApiTags;
import org.passerelle.api.http.ETags;
import org.passerelle.api.http.IfMatch;
import org.passerelle.api.http.PageResponse;
import org.passerelle.api.security.Tenant;
import org.passerelle.ticketing.ticket.AttachmentContent;
import org.passerelle.ticketing.ticket.AttachmentService;
import org.passerelle.ticketing.ticket.AttachmentView;
import org.passerelle.ticketing.ticket.LinkKind;
import org.passerelle.ticketing.ticket.LinkService;
import org.passerelle.ticketing.ticket.LinkView;
import org.passerelle.ticketing.ticket.TicketView;

import io.quarkus.security.Authenticated;

/** Attachments of a ticket, and its links to other tickets. */
@Path("/api/v1/orgs/{org}/tickets/{ticketId}")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = ApiTags.TICKETS)
@SecurityRequirement(name = ApiTags.SECURITY_SCHEME)
public class TicketFilesResource {

    record NewLink(@NotNull UUID otherId, @NotNull LinkKind kind) {
    }

    record Merge(@NotNull UUID originalId) {
    }

    private final Tenant tenant;
    private final AttachmentService attachments;
    private final LinkService links;

    TicketFilesResource(Tenant tenant, AttachmentService attachments, LinkService links) {
        this.tenant = tenant;
        this.attachments = attachments;
        this.links = links;
    }

    @GET
    @Path("/attachments")
    @Operation(operationId = "listTicketAttachments", summary = "Attachments of a ticket (internal ones only for staff)")
    public PageResponse<AttachmentView> attachments(@PathParam("ticketId") UUID id) {
        return PageResponse.all(attachments.list(tenant.access(), id));
    }

    @POST
    @Idempotent
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = AttachmentView.class)))
    @Path("/attachments")
    @Consumes(MediaType.WILDCARD)
    @Operation(operationId = "attachTicketFile", summary = "Attach a file: the raw body with its media type (PDF, images, text, office documents; 10 MiB at most)")
    public RestResponse<AttachmentView> attach(@PathParam("ticketId") UUID id,
            @Parameter(description = "File name shown to readers") @QueryParam("filename") String filename,
            @Parameter(description = "Only for staff") @QueryParam("internal") Boolean internal,
            @HeaderParam("Content-Type") String contentType, byte[] body) {
        AttachmentView created = attachments.attach(tenant.access(), id, filename, contentType,
                body == null ? new byte[0] : body, Boolean.TRUE.equals(internal));
        return RestResponse.ResponseBuilder.<AttachmentView>created(
                tenant.location("tickets", id, "attachments", created.id())).entity(created).build();
    }

    @GET
    @Path("/attachments/{attachmentId}")
    @Produces(MediaType.WILDCARD)
    @Operation(operationId = "downloadTicketAttachment", summary = "Download an attachment")
    @APIResponse(responseCode = "200", description = "The file, with its media type", content = @Content(mediaType = "*/*", schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response download(@PathParam("ticketId") UUID id,
            @PathParam("attachmentId") UUID attachmentId) {
        AttachmentContent file = attachments.download(tenant.access(), id, attachmentId);
        return Response.ok(file.data(), file.attachment().contentType())
                .header("Content-Disposition", "attachment; filename=\"" + file.attachment().filename() + "\"")
                .tag(file.attachment().sha256())
                .build();
    }

    @GET
    @Path("/links")
    @Operation(operationId = "listTicketLinks", summary = "Tickets related to this one, or duplicates")
    public PageResponse<LinkView> links(@PathParam("ticketId") UUID id) {
        return PageResponse.all(links.links(tenant.access(), id));
    }

    @POST
    @Path("/links")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "linkTicket", summary = "Link to another ticket: RELATED, or DUPLICATE_OF (agents)")
    public PageResponse<LinkView> link(@PathParam("ticketId") UUID id,
            @NotNull @Valid NewLink body) {
        return PageResponse.all(links.link(tenant.access(), id, body.otherId(), body.kind()));
    }

    @POST
    @Path("/merge")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "mergeTicket", summary = "Merge this duplicate into its original: follow-ups move, history stays, requester notified (agents)")
    public RestResponse<TicketView> merge(@PathParam("ticketId") UUID id,
            @BeanParam IfMatch ifMatch, @NotNull @Valid Merge body) {
        TicketView view = links.merge(tenant.access(), id, ifMatch.version(), body.originalId());
        return ETags.tagged(view);
    }
}
