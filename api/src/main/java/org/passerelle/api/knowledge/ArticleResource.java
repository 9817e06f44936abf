package org.passerelle.api.knowledge;

import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.passerelle.api.ApiTags;
import org.passerelle.api.http.ETags;
import org.passerelle.api.http.Idempotent;
import org.passerelle.api.http.PageResponse;
import org.passerelle.api.security.CurrentCaller;
import org.passerelle.ticketing.knowledge.ArticleData;
import org.passerelle.ticketing.knowledge.ArticleService;
import org.passerelle.ticketing.knowledge.ArticleStatus;
import org.passerelle.ticketing.knowledge.ArticleView;

import io.quarkus.security.Authenticated;

/** Knowledge-base articles: search and read (as visible to the caller), write and publish (staff). */
@Path("/api/v1/orgs/{org}/articles")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = ApiTags.KNOWLEDGE)
@SecurityRequirement(name = ApiTags.SECURITY_SCHEME)
public class ArticleResource {

    private final CurrentCaller caller;
    private final ArticleService articles;

    ArticleResource(CurrentCaller caller, ArticleService articles) {
        this.caller = caller;
        this.articles = articles;
    }

    @GET
    @Operation(operationId = "listArticles", summary = "Search the articles the caller may read: best match first for q (French full text), newest first otherwise")
    public PageResponse<ArticleView> list(@PathParam("org") String org,
            @Parameter(description = "French full-text query (web search syntax)") @QueryParam("q") String q,
            @QueryParam("categoryId") UUID categoryId,
            @Parameter(description = "Only staff see drafts and archived articles") @QueryParam("status") ArticleStatus status,
            @Parameter(description = "At most this many (default 20)") @QueryParam("limit") @Min(1) @Max(100) Integer limit) {
        return PageResponse.all(articles.search(caller.in(org), q, categoryId, status, limit == null ? 20 : limit));
    }

    @POST
    @Idempotent
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = ArticleView.class)))
    @Operation(operationId = "createArticle", summary = "Write an article, as a draft (staff)")
    public RestResponse<ArticleView> create(@PathParam("org") String org, @NotNull @Valid ArticleData body) {
        ArticleView created = articles.create(caller.in(org), body);
        return ETags.createdAt("/api/v1/orgs/" + org + "/articles/" + created.id(), created, created.version());
    }

    @GET
    @Path("/{articleId}")
    @Operation(operationId = "getArticle", summary = "Read an article (a reader's visit counts as a view)")
    public RestResponse<ArticleView> get(@PathParam("org") String org, @PathParam("articleId") UUID id) {
        ArticleView view = articles.read(caller.in(org), id);
        return ETags.tagged(view, view.version());
    }

    @PUT
    @Path("/{articleId}")
    @Operation(operationId = "updateArticle", summary = "Replace an article's text, category or visibility; editing a published text makes a new version (staff)")
    public RestResponse<ArticleView> update(@PathParam("org") String org, @PathParam("articleId") UUID id,
            @HeaderParam("If-Match") String ifMatch, @NotNull @Valid ArticleData body) {
        return tagged(articles.update(caller.in(org), id, ETags.expectedVersion(ifMatch), body));
    }

    @POST
    @Path("/{articleId}/publish")
    @Operation(operationId = "publishArticle", summary = "Publish a draft, or an archived article again (staff)")
    public RestResponse<ArticleView> publish(@PathParam("org") String org, @PathParam("articleId") UUID id,
            @HeaderParam("If-Match") String ifMatch) {
        return tagged(articles.publish(caller.in(org), id, ETags.expectedVersion(ifMatch)));
    }

    @POST
    @Path("/{articleId}/archive")
    @Operation(operationId = "archiveArticle", summary = "Archive a published article: readers no longer see it (staff)")
    public RestResponse<ArticleView> archive(@PathParam("org") String org, @PathParam("articleId") UUID id,
            @HeaderParam("If-Match") String ifMatch) {
        return tagged(articles.archive(caller.in(org), id, ETags.expectedVersion(ifMatch)));
    }

    private static RestResponse<ArticleView> tagged(ArticleView view) {
        return ETags.tagged(view, view.version());
    }
}
