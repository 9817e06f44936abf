package org.passerelle.api.knowledge;

import java.util.UUID;

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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.passerelle.api.ApiTags;
import org.passerelle.api.http.Idempotent;
import org.passerelle.api.http.PageResponse;
import org.passerelle.api.security.Tenant;
import org.passerelle.ticketing.knowledge.ArticleAttachments;
import org.passerelle.ticketing.ticket.AttachmentContent;
import org.passerelle.ticketing.ticket.AttachmentView;

import io.quarkus.security.Authenticated;

/** Files of an article: attached by staff, read by whoever reads the article. */
@Path("/api/v1/orgs/{org}/articles/{articleId}/attachments")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = ApiTags.KNOWLEDGE)
@SecurityRequirement(name = ApiTags.SECURITY_SCHEME)
public class ArticleFilesResource {

    private final Tenant tenant;
    private final ArticleAttachments attachments;

    ArticleFilesResource(Tenant tenant, ArticleAttachments attachments) {
        this.tenant = tenant;
        this.attachments = attachments;
    }

    @GET
    @Operation(operationId = "listArticleAttachments", summary = "Files of an article")
    public PageResponse<AttachmentView> list(@PathParam("articleId") UUID id) {
        return PageResponse.all(attachments.list(tenant.access(), id));
    }

    @POST
    @Idempotent
    @Consumes(MediaType.WILDCARD)
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = AttachmentView.class)))
    @Operation(operationId = "attachArticleFile", summary = "Attach a file to an article: the raw body with its media type, as for tickets (staff)")
    public RestResponse<AttachmentView> attach(@PathParam("articleId") UUID id,
            @Parameter(description = "File name shown to readers") @QueryParam("filename") String filename,
            @HeaderParam("Content-Type") String contentType, byte[] body) {
        AttachmentView created = attachments.attach(tenant.access(), id, filename, contentType,
                body == null ? new byte[0] : body);
        return RestResponse.ResponseBuilder.<AttachmentView>created(tenant.location("articles", id, "attachments", created.id())).entity(created).build();
    }

    @GET
    @Path("/{fileId}")
    @Produces(MediaType.WILDCARD)
    @Operation(operationId = "downloadArticleAttachment", summary = "Download a file of an article")
    @APIResponse(responseCode = "200", description = "The file, with its media type", content = @Content(mediaType = "*/*", schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response download(@PathParam("articleId") UUID id,
            @PathParam("fileId") UUID fileId) {
        return file(attachments.download(tenant.access(), id, fileId));
    }

    /** The stored bytes with their type and name, their digest as ETag. */
    static Response file(AttachmentContent file) {
        return Response.ok(file.data(), file.attachment().contentType())
                .header("Content-Disposition", "attachment; filename=\"" + file.attachment().filename() + "\"")
                .tag(file.attachment().sha256()).build();
    }
}
