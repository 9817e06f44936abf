package org.passerelle.api.ticketing;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
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
import org.passerelle.api.ApiTags;
import org.passerelle.api.http.CsvDownload;
import org.passerelle.api.http.CsvOptions;
import org.passerelle.api.http.ETags;
import org.passerelle.api.http.Idempotent;
import org.passerelle.api.http.IfMatch;
import org.passerelle.api.http.PageResponse;
import org.passerelle.api.security.Tenant;
import org.passerelle.core.access.OrgAccess;
import org.passerelle.ticketing.category.CategoryData;
import org.passerelle.ticketing.category.CategoryService;
import org.passerelle.ticketing.category.CategoryView;
import org.passerelle.ticketing.settings.SettingsService;
import org.passerelle.ticketing.settings.TicketingSettings;
import org.passerelle.ticketing.stats.StatisticsService;
import org.passerelle.ticketing.stats.TicketStatistics;

import io.quarkus.security.Authenticated;

/** Categories, rules and statistics of an organisation's support desk. */
@Path("/api/v1/orgs/{org}/ticketing")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = ApiTags.TICKETING_SETUP)
@SecurityRequirement(name = ApiTags.SECURITY_SCHEME)
public class TicketingAdminResource {

    private final Tenant tenant;
    private final CategoryService categories;
    private final SettingsService settings;
    private final StatisticsService statistics;

    TicketingAdminResource(Tenant tenant, CategoryService categories, SettingsService settings,
            StatisticsService statistics) {
        this.tenant = tenant;
        this.categories = categories;
        this.settings = settings;
        this.statistics = statistics;
    }

    @GET
    @Path("/categories")
    @Operation(operationId = "listCategories", summary = "The category tree (flat, with parentId), each routed to a team and linked to a service")
    public PageResponse<CategoryView> categories() {
        return PageResponse.all(categories.list(tenant.access()));
    }

    @POST
    @Idempotent
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = CategoryView.class)))
    @Path("/categories")
    @Operation(operationId = "createCategory", summary = "Create a category (admins)")
    public RestResponse<CategoryView> createCategory(@NotNull @Valid CategoryData body) {
        CategoryView created = categories.create(tenant.access(), body);
        return ETags.created(tenant.location("ticketing/categories", created.id()), created);
    }

    @GET
    @Path("/categories/{categoryId}")
    @Operation(operationId = "getCategory", summary = "Read a category")
    public RestResponse<CategoryView> category(@PathParam("categoryId") UUID id) {
        CategoryView view = categories.get(tenant.access(), id);
        return ETags.tagged(view);
    }

    @PUT
    @Path("/categories/{categoryId}")
    @Operation(operationId = "updateCategory", summary = "Replace a category (admins)")
    public RestResponse<CategoryView> updateCategory(@PathParam("categoryId") UUID id,
            @BeanParam IfMatch ifMatch, @NotNull @Valid CategoryData body) {
        CategoryView view = categories.update(tenant.access(), id, ifMatch.version(), body);
        return ETags.tagged(view);
    }

    @GET
    @Path("/settings")
    @Operation(operationId = "getTicketingSettings", summary = "Priority matrix, SLA targets and reopening window (staff)")
    public RestResponse<TicketingSettings> settings() {
        TicketingSettings s = settings.get(tenant.access());
        return ETags.tagged(s, s.version());
    }

    @PUT
    @Path("/settings")
    @Operation(operationId = "replaceTicketingSettings", summary = "Replace the priority matrix, SLA targets and reopening window (admins)")
    public RestResponse<TicketingSettings> replaceSettings(@BeanParam IfMatch ifMatch,
            @NotNull @Valid TicketingSettings body) {
        TicketingSettings s = settings.replace(tenant.access(), ifMatch.version(), body);
        return ETags.tagged(s, s.version());
    }

    @GET
    @Path("/statistics")
    @Produces({ MediaType.APPLICATION_JSON, "text/csv" })
    @Operation(operationId = "getTicketStatistics", summary = "Volumes, processing times per level, SLA compliance, backlog, re-categorisation and satisfaction for a period (JSON or CSV)")
    @APIResponse(responseCode = "200", description = "The statistics, as JSON or (Accept: text/csv) one figure per line. Read from aggregates kept with the tickets: counts, sums and means are exact; medians are within 1 % of the exact median (2 % log-scale buckets), then rounded to the second", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TicketStatistics.class)),
            @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING)) })
    public Response statistics(@Parameter(description = "Calendar year (default: the current one) unless from/to are given") @QueryParam("year") @Min(2000) @Max(2200) Integer year,
            @QueryParam("from") LocalDate from, @QueryParam("to") LocalDate to,
            @Parameter(description = "How many categories and members to rank (default 5)") @QueryParam("top") @Min(1) @Max(100) Integer top,
            @Valid @BeanParam CsvOptions csv, @HeaderParam("Accept") String accept) {
        OrgAccess a = tenant.access();
        TicketStatistics s = statistics.compute(a, year, from, to, top);
        if (accept != null && accept.contains("text/csv") && !accept.contains(MediaType.APPLICATION_JSON)) {
            return CsvDownload.of(StatisticsCsv.of(s), csv, a.zone(), "ticketing-" + s.from() + "-" + s.to());
        }
        return Response.ok(s, MediaType.APPLICATION_JSON_TYPE).build();
    }
}
