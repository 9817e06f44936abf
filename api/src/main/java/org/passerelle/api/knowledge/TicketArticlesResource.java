package org.passerelle.api.knowledge;

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
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.passerelle.api.ApiTags;
import org.passerelle.api.http.PageResponse;
import org.passerelle.api.security.Tenant;
import org.passerelle.ticketing.knowledge.ArticleView;
import org.passerelle.ticketing.knowledge.TicketArticles;

import io.quarkus.security.Authenticated;

/** Articles pointed to on a ticket: by an agent resolving it, or any time. */
@Path("/api/v1/orgs/{org}/tickets/{ticketId}/articles")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = ApiTags.TICKETS)
@SecurityRequirement(name = ApiTags.SECURITY_SCHEME)
public class TicketArticlesResource {

    /** The article to point to. */
    public record ArticleLink(@NotNull UUID articleId) {
    }

    private final Tenant tenant;
    private final TicketArticles links;

    TicketArticlesResource(Tenant tenant, TicketArticles links) {
        this.tenant = tenant;
        this.links = links;
    }

    @GET
    @Operation(operationId = "listTicketArticles", summary = "Articles linked to a ticket (those the caller may read)")
    public PageResponse<ArticleView> list(@PathParam("ticketId") UUID ticketId) {
        return PageResponse.all(links.list(tenant.access(), ticketId));
    }

    @POST
    @Operation(operationId = "linkTicketArticle", summary = "Link an article to a ticket, e.g. the one that solved it (staff)")
    public PageResponse<ArticleView> link(@PathParam("ticketId") UUID ticketId,
            @NotNull @Valid ArticleLink body) {
        return PageResponse.all(links.link(tenant.access(), ticketId, body.articleId()));
    }
}
