package org.passerelle.api.ticketing;

import java.time.LocalDate;
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
import org.passerelle.api.http.ETags;
import org.passerelle.api.http.Idempotent;
import org.passerelle.api.http.PageResponse;
import org.passerelle.api.security.CurrentCaller;
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

    private final CurrentCaller caller;
    private final CategoryService categories;
    private final SettingsService settings;
    private final StatisticsService statistics;

    TicketingAdminResource(CurrentCaller caller, CategoryService categories, SettingsService settings,
            StatisticsService statistics) {
        this.caller = caller;
        this.categories = categories;
        this.settings = settings;
        this.statistics = statistics;
    }

    @GET
    @Path("/categories")
    @Operation(operationId = "listCategories", summary = "The category tree (flat, with parentId), each routed to a team and linked to a service")
    public PageResponse<CategoryView> categories(@PathParam("org") String org) {
        return PageResponse.all(categories.list(caller.in(org)));
    }

    @POST
    @Idempotent
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = CategoryView.class)))
    @Path("/categories")
    @Operation(operationId = "createCategory", summary = "Create a category (admins)")
    public RestResponse<CategoryView> createCategory(@PathParam("org") String org, @NotNull @Valid CategoryData body) {
        CategoryView created = categories.create(caller.in(org), body);
        return ETags.createdAt("/api/v1/orgs/" + org + "/ticketing/categories/" + created.id(), created, created.version());
    }

    @GET
    @Path("/categories/{categoryId}")
    @Operation(operationId = "getCategory", summary = "Read a category")
    public RestResponse<CategoryView> category(@PathParam("org") String org, @PathParam("categoryId") UUID id) {
        CategoryView view = categories.get(caller.in(org), id);
        return ETags.tagged(view, view.version());
    }

    @PUT
    @Path("/categories/{categoryId}")
    @Operation(operationId = "updateCategory", summary = "Replace a category (admins)")
    public RestResponse<CategoryView> updateCategory(@PathParam("org") String org, @PathParam("categoryId") UUID id,
            @HeaderParam("If-Match") String ifMatch, @NotNull @Valid CategoryData body) {
        CategoryView view = categories.update(caller.in(org), id, ETags.expectedVersion(ifMatch), body);
        return ETags.tagged(view, view.version());
    }

    @GET
    @Path("/settings")
    @Operation(operationId = "getTicketingSettings", summary = "Priority matrix, SLA targets and reopening window (staff)")
    public RestResponse<TicketingSettings> settings(@PathParam("org") String org) {
        TicketingSettings s = settings.get(caller.in(org));
        return ETags.tagged(s, s.version());
    }

    @PUT
    @Path("/settings")
    @Operation(operationId = "replaceTicketingSettings", summary = "Replace the priority matrix, SLA targets and reopening window (admins)")
    public RestResponse<TicketingSettings> replaceSettings(@PathParam("org") String org, @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid TicketingSettings body) {
        TicketingSettings s = settings.replace(caller.in(org), ETags.expectedVersion(ifMatch), body);
        return ETags.tagged(s, s.version());
    }

    @GET
    @Path("/statistics")
    @Produces({ MediaType.APPLICATION_JSON, "text/csv" })
    @Operation(operationId = "getTicketStatistics", summary = "Volumes, processing times per level, SLA compliance, backlog, re-categorisation and satisfaction for a period (JSON or CSV)")
    @APIResponse(responseCode = "200", description = "The statistics, as JSON or (Accept: text/csv) one figure per line", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TicketStatistics.class)),
            @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING)) })
    public Response statistics(@PathParam("org") String org,
            @Parameter(description = "Calendar year (default: the current one) unless from/to are given") @QueryParam("year") @Min(2000) @Max(2200) Integer year,
            @QueryParam("from") LocalDate from, @QueryParam("to") LocalDate to,
            @Parameter(description = "How many categories and members to rank (default 5)") @QueryParam("top") @Min(1) @Max(100) Integer top,
            @HeaderParam("Accept") String accept) {
        TicketStatistics s = statistics.compute(caller.in(org), year, from, to, top);
        if (accept != null && accept.contains("text/csv") && !accept.contains(MediaType.APPLICATION_JSON)) {
            return Response.ok(StatisticsCsv.of(s), "text/csv; charset=UTF-8")
                    .header("Content-Disposition", "attachment; filename=\"ticketing-" + s.from() + "-"
                            + s.to() + ".csv\"")
                    .build();
        }
        return Response.ok(s, MediaType.APPLICATION_JSON_TYPE).build();
    }
}
