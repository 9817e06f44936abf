package org.passerelle.api.knowledge;

import java.util.UUID;

import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
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
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.passerelle.api.ApiTags;
import org.passerelle.api.security.Tenant;
import org.passerelle.api.http.PageResponse;
import org.passerelle.api.knowledge.ArticleFeedbackResource.Vote;
import org.passerelle.ticketing.knowledge.ArticleAttachments;
import org.passerelle.ticketing.knowledge.ArticleFeedback;
import org.passerelle.ticketing.knowledge.ArticleService;
import org.passerelle.ticketing.knowledge.ArticleView;
import org.passerelle.ticketing.ticket.AttachmentView;

/**
 * The organisation's PUBLIC articles, readable without signing in (a FAQ on the member structures' portal):
 * whatever else answers 404. Views and votes count, anonymously.
 */
@Path("/api/v1/public/orgs/{org}/articles")
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = ApiTags.PUBLIC)
public class PublicArticleResource {

    private final Tenant tenant;
    private final ArticleService articles;
    private final ArticleFeedback feedback;
    private final ArticleAttachments attachments;

    PublicArticleResource(Tenant tenant, ArticleService articles, ArticleFeedback feedback, ArticleAttachments attachments) {
        this.tenant = tenant;
        this.articles = articles;
        this.feedback = feedback;
        this.attachments = attachments;
    }

    @GET
    @Operation(operationId = "listPublicArticles", summary = "Search the public articles: best match first for q (French full text), newest first otherwise (no sign-in)")
    public PageResponse<ArticleView> list(@Parameter(description = "French full-text query (web search syntax)") @QueryParam("q") String q,
            @QueryParam("categoryId") UUID categoryId,
            @Parameter(description = "At most this many (default 20)") @QueryParam("limit") @Min(1) @Max(100) Integer limit) {
        return PageResponse.all(articles.searchPublic(articles.anonymous(tenant.slug()), q, categoryId,
                limit == null ? 20 : limit));
    }

    @GET
    @Path("/{articleId}")
    @Operation(operationId = "getPublicArticle", summary = "Read a public article (no sign-in; counts as a view)")
    public ArticleView get(@PathParam("articleId") UUID id) {
        return articles.read(articles.anonymous(tenant.slug()), id);
    }

    @POST
    @Path("/{articleId}/votes")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "recordPublicArticleVote", summary = "Say whether a public article answered the question (no sign-in, anonymous)")
    public ArticleView vote(@PathParam("articleId") UUID id, @NotNull @Valid Vote body) {
        return feedback.vote(articles.anonymous(tenant.slug()), id, body.helpful());
    }

    @GET
    @Path("/{articleId}/attachments")
    @Operation(operationId = "listPublicArticleAttachments", summary = "Files of a public article (no sign-in)")
    public PageResponse<AttachmentView> attachments(@PathParam("articleId") UUID id) {
        return PageResponse.all(attachments.list(articles.anonymous(tenant.slug()), id));
    }

    @GET
    @Path("/{articleId}/attachments/{fileId}")
    @Produces(MediaType.WILDCARD)
    @Operation(operationId = "downloadPublicArticleAttachment", summary = "Download a file of a public article (no sign-in)")
    @APIResponse(responseCode = "200", description = "The file, with its media type", content = @Content(mediaType = "*/*", schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response download(@PathParam("articleId") UUID id,
            @PathParam("fileId") UUID fileId) {
        return ArticleFilesResource.file(attachments.download(articles.anonymous(tenant.slug()), id, fileId));
    }
}
