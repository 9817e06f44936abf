package org.passerelle.api.knowledge;

import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
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
import org.passerelle.api.http.IfMatch;
import org.passerelle.api.http.Idempotent;
import org.passerelle.api.http.PageResponse;
import org.passerelle.api.security.Tenant;
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

    private final Tenant tenant;
    private final ArticleService articles;

    ArticleResource(Tenant tenant, ArticleService articles) {
        this.tenant = tenant;
        this.articles = articles;
    }

    @GET
    @Operation(operationId = "listArticles", summary = "Search the articles the caller may read: best match first for q (French full text), newest first otherwise")
    public PageResponse<ArticleView> list(@Parameter(description = "French full-text query (web search syntax)") @QueryParam("q") String q,
            @QueryParam("categoryId") UUID categoryId,
            @Parameter(description = "Only staff see drafts and archived articles") @QueryParam("status") ArticleStatus status,
            @Parameter(description = "At most this many (default 20)") @QueryParam("limit") @Min(1) @Max(100) Integer limit) {
        return PageResponse.all(articles.search(tenant.access(), q, categoryId, status, limit == null ? 20 : limit));
    }

    @POST
    @Idempotent
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = ArticleView.class)))
    @Operation(operationId = "createArticle", summary = "Write an article, as a draft (staff)")
    public RestResponse<ArticleView> create(@NotNull @Valid ArticleData body) {
        ArticleView created = articles.create(tenant.access(), body);
        return ETags.created(tenant.location("articles", created.id()), created);
    }

    @GET
    @Path("/{articleId}")
    @Operation(operationId = "getArticle", summary = "Read an article (a reader's visit counts as a view)")
    public RestResponse<ArticleView> get(@PathParam("articleId") UUID id) {
        ArticleView view = articles.read(tenant.access(), id);
        return ETags.tagged(view);
    }

    @PUT
    @Path("/{articleId}")
    @Operation(operationId = "updateArticle", summary = "Replace an article's text, category or visibility; editing a published text makes a new version (staff)")
    public RestResponse<ArticleView> update(@PathParam("articleId") UUID id,
            @BeanParam IfMatch ifMatch, @NotNull @Valid ArticleData body) {
        return tagged(articles.update(tenant.access(), id, ifMatch.version(), body));
    }

    @POST
    @Path("/{articleId}/publish")
    @Operation(operationId = "publishArticle", summary = "Publish a draft, or an archived article again (staff)")
    public RestResponse<ArticleView> publish(@PathParam("articleId") UUID id,
            @BeanParam IfMatch ifMatch) {
        return tagged(articles.publish(tenant.access(), id, ifMatch.version()));
    }

    @POST
    @Path("/{articleId}/archive")
    @Operation(operationId = "archiveArticle", summary = "Archive a published article: readers no longer see it (staff)")
    public RestResponse<ArticleView> archive(@PathParam("articleId") UUID id,
            @BeanParam IfMatch ifMatch) {
        return tagged(articles.archive(tenant.access(), id, ifMatch.version()));
    }

    private static RestResponse<ArticleView> tagged(ArticleView view) {
        return ETags.tagged(view);
    }
}
