package org.passerelle.api.mission;

import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import org.passerelle.mission.indicator.IndicatorData;
import org.passerelle.mission.indicator.IndicatorService;
import org.passerelle.mission.indicator.IndicatorView;
import org.passerelle.mission.indicator.IndicatorYear;
import org.passerelle.mission.indicator.MeasurementData;
import org.passerelle.mission.indicator.MeasurementView;
import org.passerelle.mission.indicator.SnapshotData;

import io.quarkus.security.Authenticated;

@Path(MissionPaths.PATH)
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = MissionIndicatorResource.TAG, description = "Indicators of the objectives: targets per year, typed-in values with evidence, snapshots of live SPI sources with provenance")
@SecurityRequirement(name = ApiTags.SECURITY_SCHEME)
public class MissionIndicatorResource {

    static final String TAG = "Mission: indicators";

    private final CurrentCaller caller;
    private final IndicatorService indicators;

    MissionIndicatorResource(CurrentCaller caller, IndicatorService indicators) {
        this.caller = caller;
        this.indicators = indicators;
    }

    @GET
    @Path("/indicators")
    @Operation(operationId = "listMissionIndicators", summary = "Every indicator of the framework, by name")
    public PageResponse<IndicatorView> list(@PathParam("org") String org) {
        return PageResponse.all(indicators.list(caller.in(org)));
    }

    @POST
    @Path("/indicators")
    @Idempotent
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = IndicatorView.class)))
    @Operation(operationId = "createMissionIndicator", summary = "Create an indicator, typed in or bound to an SPI source (GET /indicators lists them) (admins)")
    public RestResponse<IndicatorView> create(@PathParam("org") String org, @NotNull @Valid IndicatorData body) {
        IndicatorView created = indicators.create(caller.in(org), body);
        return ETags.createdAt(MissionPaths.base(org) + "/indicators/" + created.id(), created, created.version());
    }

    @GET
    @Path("/indicators/{indicatorId}")
    @Operation(operationId = "getMissionIndicator", summary = "Read an indicator")
    public RestResponse<IndicatorView> get(@PathParam("org") String org, @PathParam("indicatorId") UUID id) {
        IndicatorView view = indicators.get(caller.in(org), id);
        return ETags.tagged(view, view.version());
    }

    @PUT
    @Path("/indicators/{indicatorId}")
    @Operation(operationId = "updateMissionIndicator", summary = "Replace an indicator, its binding and its targets (admins)")
    public RestResponse<IndicatorView> update(@PathParam("org") String org, @PathParam("indicatorId") UUID id,
            @HeaderParam("If-Match") String ifMatch, @NotNull @Valid IndicatorData body) {
        IndicatorView view = indicators.update(caller.in(org), id, ETags.expectedVersion(ifMatch), body);
        return ETags.tagged(view, view.version());
    }

    @DELETE
    @Path("/indicators/{indicatorId}")
    @Operation(operationId = "deleteMissionIndicator", summary = "Delete an indicator and its values (admins)")
    public void delete(@PathParam("org") String org, @PathParam("indicatorId") UUID id,
            @HeaderParam("If-Match") String ifMatch) {
        indicators.delete(caller.in(org), id, ETags.expectedVersion(ifMatch));
    }

    @GET
    @Path("/indicators/{indicatorId}/years")
    @Operation(operationId = "listMissionIndicatorYears", summary = "Target, latest value and status (achieved, on track, at risk, missed) for each year")
    public PageResponse<IndicatorYear> years(@PathParam("org") String org, @PathParam("indicatorId") UUID id) {
        return PageResponse.all(indicators.years(caller.in(org), id));
    }

    @GET
    @Path("/indicators/{indicatorId}/measurements")
    @Operation(operationId = "listMeasurements", summary = "Every value ever recorded, newest first, with provenance or evidence: the audit trail")
    public PageResponse<MeasurementView> measurements(@PathParam("org") String org, @PathParam("indicatorId") UUID id) {
        return PageResponse.all(indicators.measurements(caller.in(org), id));
    }

    @POST
    @Path("/indicators/{indicatorId}/measurements")
    @Idempotent
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = MeasurementView.class)))
    @Operation(operationId = "recordMeasurement", summary = "Type in a year's value with its evidence link or note; refused for an SPI-bound indicator (admins)")
    public RestResponse<MeasurementView> record(@PathParam("org") String org, @PathParam("indicatorId") UUID id,
            @NotNull @Valid MeasurementData body) {
        MeasurementView created = indicators.record(caller.in(org), id, body);
        return ETags.createdAt(MissionPaths.base(org) + "/indicators/" + id + "/measurements", created, 0);
    }

    @POST
    @Path("/indicators/{indicatorId}/snapshots")
    @Idempotent
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = MeasurementView.class)))
    @Operation(operationId = "snapshotMissionIndicator", summary = "Compute the year's value with the bound SPI source and keep it with its provenance (admins)")
    public RestResponse<MeasurementView> snapshot(@PathParam("org") String org, @PathParam("indicatorId") UUID id,
            @NotNull @Valid SnapshotData body) {
        MeasurementView created = indicators.snapshot(caller.in(org), id, body.year());
        return ETags.createdAt(MissionPaths.base(org) + "/indicators/" + id + "/measurements", created, 0);
    }

    @PUT
    @Path("/measurements/{measurementId}/evidence")
    @Consumes(MediaType.WILDCARD)
    @Operation(operationId = "attachMeasurementEvidence", summary = "Attach the file proving a value: the raw body with its media type; replaces any earlier file (admins)")
    public MeasurementView attach(@PathParam("org") String org, @PathParam("measurementId") UUID id,
            @Parameter(description = "File name shown to the auditor") @QueryParam("filename") String filename,
            @HeaderParam("Content-Type") String contentType, byte[] body) {
        return indicators.attachEvidence(caller.in(org), id, filename, contentType, body == null ? new byte[0] : body);
    }

    @GET
    @Path("/measurements/{measurementId}/evidence")
    @Produces(MediaType.WILDCARD)
    @Operation(operationId = "getMeasurementEvidence", summary = "Download the evidence file of a value")
    @APIResponse(responseCode = "200", description = "The file, with its media type", content = @Content(mediaType = "*/*", schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response evidence(@PathParam("org") String org, @PathParam("measurementId") UUID id) {
        IndicatorService.Evidence file = indicators.evidence(caller.in(org), id);
        return Response.ok(file.data(), file.contentType())
                .header("Content-Disposition", "attachment; filename=\"" + file.filename().replace("\"", "") + "\"").build();
    }
}
