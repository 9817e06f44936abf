package org.passerelle.api.ticketing;

import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.passerelle.api.ApiTags;
import org.passerelle.api.http.CsvDownload;
import org.passerelle.api.http.CsvOptions;
import org.passerelle.api.http.ETags;
import org.passerelle.api.http.Idempotent;
import org.passerelle.api.http.PageResponse;
import org.passerelle.api.security.Tenant;
import org.passerelle.core.access.OrgAccess;
import org.passerelle.core.page.PageRequest;
import org.passerelle.ticketing.ticket.NewTicket;
import org.passerelle.ticketing.ticket.TicketExport;
import org.passerelle.ticketing.ticket.TicketCreation;
import org.passerelle.ticketing.ticket.TicketSearch;
import org.passerelle.ticketing.ticket.TicketView;

import io.quarkus.security.Authenticated;

@Path("/api/v1/orgs/{org}/tickets")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = ApiTags.TICKETS)
@SecurityRequirement(name = ApiTags.SECURITY_SCHEME)
public class TicketResource {

    private final Tenant tenant;
    private final TicketCreation creation;
    private final TicketSearch search;
    private final TicketExport export;

    TicketResource(Tenant tenant, TicketCreation creation, TicketSearch search, TicketExport export) {
        this.tenant = tenant;
        this.creation = creation;
        this.search = search;
        this.export = export;
    }

    @POST
    @Idempotent
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = TicketView.class)))
    @Operation(operationId = "createTicket", summary = "File a request or a purchase order; routed by its category, with SLA due dates")
    public RestResponse<TicketView> create(@NotNull @Valid NewTicket body) {
        TicketView created = creation.create(tenant.access(), body);
        return ETags.created(tenant.location("tickets", created.id()), created);
    }

    @GET
    @Operation(operationId = "listTickets", summary = "Search and list tickets (a requester sees its structure's, staff the organisation's)")
    public RestResponse<PageResponse<TicketView>> list(@BeanParam TicketQuery query,
            @Parameter(description = "-createdAt (default) or createdAt") @QueryParam("sort") String sort,
            @QueryParam("limit") Integer limit, @QueryParam("cursor") String cursor, @Context UriInfo uri) {
        OrgAccess a = tenant.access();
        return PageResponse.page(search.search(a, query.toFilter(), sort, PageRequest.of(limit, cursor)), uri);
    }

    @GET
    @Path("/export")
    @Produces("text/csv")
    @Operation(operationId = "exportTickets", summary = "The same list as CSV, every page at once, streamed (for spreadsheets)")
    @APIResponse(responseCode = "200", description = "CSV with a header line, in the chosen dialect", content = @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING)))
    public Response export(@BeanParam TicketQuery query,
            @Valid @BeanParam CsvOptions csv) {
        OrgAccess a = tenant.access();
        return CsvDownload.of(export.prepare(a, query.toFilter()), csv, a.zone(), "tickets-" + tenant.slug());
    }

    @GET
    @Path("/{ticketId}")
    @Operation(operationId = "getTicket", summary = "Read a ticket")
    public RestResponse<TicketView> get(@PathParam("ticketId") UUID id) {
        TicketView view = search.get(tenant.access(), id);
        return ETags.tagged(view);
    }
}
