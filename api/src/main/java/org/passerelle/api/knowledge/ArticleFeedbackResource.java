package org.passerelle.api.knowledge;

import java.time.LocalDate;
import java.util.UUID;

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

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.passerelle.api.ApiTags;
import org.passerelle.api.http.PageResponse;
import org.passerelle.api.security.Tenant;
import org.passerelle.ticketing.knowledge.ArticleFeedback;
import org.passerelle.ticketing.knowledge.ArticleService;
import org.passerelle.ticketing.knowledge.ArticleVersionView;
import org.passerelle.ticketing.knowledge.ArticleView;
import org.passerelle.ticketing.knowledge.KnowledgeStatistics;
import org.passerelle.ticketing.knowledge.KnowledgeStatisticsService;

import io.quarkus.security.Authenticated;

/** Around the articles: kept versions, suggestions before filing a ticket, votes, statistics. */
@Path("/api/v1/orgs/{org}/articles")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = ApiTags.KNOWLEDGE)
@SecurityRequirement(name = ApiTags.SECURITY_SCHEME)
public class ArticleFeedbackResource {

    /** "Did this answer your question?" */
    public record Vote(@NotNull Boolean helpful) {
    }

    private final Tenant tenant;
    private final ArticleService articles;
    private final ArticleFeedback feedback;
    private final KnowledgeStatisticsService statistics;

    ArticleFeedbackResource(Tenant tenant, ArticleService articles, ArticleFeedback feedback,
            KnowledgeStatisticsService statistics) {
        this.tenant = tenant;
        this.articles = articles;
        this.feedback = feedback;
        this.statistics = statistics;
    }

    @GET
    @Path("/suggestions")
    @Operation(operationId = "listArticleSuggestions", summary = "Published articles matching a ticket's draft title, before it is filed (whoever may file a ticket)")
    public PageResponse<ArticleView> suggestions(@Parameter(description = "The title being typed") @QueryParam("title") String title) {
        return PageResponse.all(feedback.suggest(tenant.access(), title));
    }

    @GET
    @Path("/statistics")
    @Operation(operationId = "getKnowledgeStatistics", summary = "Views, votes, suggestions opened, requests avoided and tickets resolved with an article, for a period")
    public KnowledgeStatistics statistics(@Parameter(description = "Calendar year (default: the current one) unless from/to are given") @QueryParam("year") @Min(2000) @Max(2200) Integer year,
            @QueryParam("from") LocalDate from, @QueryParam("to") LocalDate to) {
        return statistics.compute(tenant.access(), year, from, to);
    }

    @GET
    @Path("/{articleId}/versions")
    @Operation(operationId = "listArticleVersions", summary = "Every kept text of an article, first to current")
    public PageResponse<ArticleVersionView> versions(@PathParam("articleId") UUID id) {
        return PageResponse.all(articles.versions(tenant.access(), id));
    }

    @GET
    @Path("/{articleId}/versions/{number}")
    @Operation(operationId = "getArticleVersion", summary = "One kept text of an article")
    public ArticleVersionView version(@PathParam("articleId") UUID id,
            @PathParam("number") int number) {
        return articles.version(tenant.access(), id, number);
    }

    @POST
    @Path("/{articleId}/votes")
    @Operation(operationId = "recordArticleVote", summary = "Say whether the article answered the question: one vote per person, voting again changes it")
    public ArticleView vote(@PathParam("articleId") UUID id, @NotNull @Valid Vote body) {
        return feedback.vote(tenant.access(), id, body.helpful());
    }
}
