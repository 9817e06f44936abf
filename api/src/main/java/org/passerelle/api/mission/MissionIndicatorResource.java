package org.passerelle.api.mission;

import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.passerelle.api.ApiTags;
import org.passerelle.api.http.ETags;
import org.passerelle.api.http.Idempotent;
import org.passerelle.api.http.IfMatch;
import org.passerelle.api.http.PageResponse;
import org.passerelle.api.security.Tenant;
import org.passerelle.mission.indicator.IndicatorData;
import org.passerelle.mission.indicator.IndicatorService;
import org.passerelle.mission.indicator.IndicatorView;
import org.passerelle.mission.indicator.IndicatorYear;

import io.quarkus.security.Authenticated;

@Path(MissionPaths.PATH)
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = MissionIndicatorResource.TAG, description = "Indicators of the objectives: targets per year, typed-in values with evidence, snapshots of live SPI sources with provenance")
@SecurityRequirement(name = ApiTags.SECURITY_SCHEME)
public class MissionIndicatorResource {

    static final String TAG = "Mission: indicators";

    private final Tenant tenant;
    private final IndicatorService indicators;

    MissionIndicatorResource(Tenant tenant, IndicatorService indicators) {
        this.tenant = tenant;
        this.indicators = indicators;
    }

    @GET
    @Path("/indicators")
    @Operation(operationId = "listMissionIndicators", summary = "Every indicator of the framework, by name")
    public PageResponse<IndicatorView> list() {
        return PageResponse.all(indicators.list(tenant.access()));
    }

    @POST
    @Path("/indicators")
    @Idempotent
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = IndicatorView.class)))
    @Operation(operationId = "createMissionIndicator", summary = "Create an indicator, typed in or bound to an SPI source (GET /indicators lists them) (admins)")
    public RestResponse<IndicatorView> create(@NotNull @Valid IndicatorData body) {
        IndicatorView created = indicators.create(tenant.access(), body);
        return ETags.created(tenant.location("mission/indicators", created.id()), created);
    }

    @GET
    @Path("/indicators/{indicatorId}")
    @Operation(operationId = "getMissionIndicator", summary = "Read an indicator")
    public RestResponse<IndicatorView> get(@PathParam("indicatorId") UUID id) {
        IndicatorView view = indicators.get(tenant.access(), id);
        return ETags.tagged(view);
    }

    @PUT
    @Path("/indicators/{indicatorId}")
    @Operation(operationId = "updateMissionIndicator", summary = "Replace an indicator, its binding and its targets (admins)")
    public RestResponse<IndicatorView> update(@PathParam("indicatorId") UUID id,
            @BeanParam IfMatch ifMatch, @NotNull @Valid IndicatorData body) {
        IndicatorView view = indicators.update(tenant.access(), id, ifMatch.version(), body);
        return ETags.tagged(view);
    }

    @DELETE
    @Path("/indicators/{indicatorId}")
    @Operation(operationId = "deleteMissionIndicator", summary = "Delete an indicator and its values (admins)")
    public void delete(@PathParam("indicatorId") UUID id,
            @BeanParam IfMatch ifMatch) {
        indicators.delete(tenant.access(), id, ifMatch.version());
    }

    @GET
    @Path("/indicators/{indicatorId}/years")
    @Operation(operationId = "listMissionIndicatorYears", summary = "Target, latest value and status (achieved, on track, at risk, missed) for each year")
    public PageResponse<IndicatorYear> years(@PathParam("indicatorId") UUID id) {
        return PageResponse.all(indicators.years(tenant.access(), id));
    }
}
