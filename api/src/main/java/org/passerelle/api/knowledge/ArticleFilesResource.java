package org.passerelle.api.knowledge;

import java.net.URI;
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
import org.passerelle.api.security.CurrentCaller;
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

    private final CurrentCaller caller;
    private final ArticleAttachments attachments;

    ArticleFilesResource(CurrentCaller caller, ArticleAttachments attachments) {
        this.caller = caller;
        this.attachments = attachments;
    }

    @GET
    @Operation(operationId = "listArticleAttachments", summary = "Files of an article")
    public PageResponse<AttachmentView> list(@PathParam("org") String org, @PathParam("articleId") UUID id) {
        return PageResponse.all(attachments.list(caller.in(org), id));
    }

    @POST
    @Idempotent
    @Consumes(MediaType.WILDCARD)
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = AttachmentView.class)))
    @Operation(operationId = "attachArticleFile", summary = "Attach a file to an article: the raw body with its media type, as for tickets (staff)")
    public RestResponse<AttachmentView> attach(@PathParam("org") String org, @PathParam("articleId") UUID id,
            @Parameter(description = "File name shown to readers") @QueryParam("filename") String filename,
            @HeaderParam("Content-Type") String contentType, byte[] body) {
        AttachmentView created = attachments.attach(caller.in(org), id, filename, contentType,
                body == null ? new byte[0] : body);
        return RestResponse.ResponseBuilder.<AttachmentView>created(URI.create("/api/v1/orgs/" + org + "/articles/" + id
                + "/attachments/" + created.id())).entity(created).build();
    }

    @GET
    @Path("/{fileId}")
    @Produces(MediaType.WILDCARD)
    @Operation(operationId = "downloadArticleAttachment", summary = "Download a file of an article")
    @APIResponse(responseCode = "200", description = "The file, with its media type", content = @Content(mediaType = "*/*", schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response download(@PathParam("org") String org, @PathParam("articleId") UUID id,
            @PathParam("fileId") UUID fileId) {
        return file(attachments.download(caller.in(org), id, fileId));
    }

    /** The stored bytes with their type and name, their digest as ETag. */
    static Response file(AttachmentContent file) {
        return Response.ok(file.data(), file.attachment().contentType())
                .header("Content-Disposition", "attachment; filename=\"" + file.attachment().filename() + "\"")
                .tag(file.attachment().sha256()).build();
    }
}
