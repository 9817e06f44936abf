package org.passerelle.api.mission;

import java.util.UUID;

import jakarta.validation.Valid;
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
import org.passerelle.api.security.Tenant;
import org.passerelle.mission.indicator.IndicatorService;
import org.passerelle.mission.indicator.MeasurementData;
import org.passerelle.mission.indicator.MeasurementView;
import org.passerelle.mission.indicator.SnapshotData;

import io.quarkus.security.Authenticated;

/**
 * An indicator's yearly values: typed in with their evidence, or snapshots of a live SPI source with provenance.
 */
@Path(MissionPaths.PATH)
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = MissionIndicatorResource.TAG)
@SecurityRequirement(name = ApiTags.SECURITY_SCHEME)
public class MeasurementResource {

    private final Tenant tenant;
    private final IndicatorService indicators;

    MeasurementResource(Tenant tenant, IndicatorService indicators) {
        this.tenant = tenant;
        this.indicators = indicators;
    }

    @GET
    @Path("/indicators/{indicatorId}/measurements")
    @Operation(operationId = "listMeasurements", summary = "Every value ever recorded, newest first, with provenance or evidence: the audit trail")
    public PageResponse<MeasurementView> measurements(@PathParam("indicatorId") UUID id) {
        return PageResponse.all(indicators.measurements(tenant.access(), id));
    }

    @POST
    @Path("/indicators/{indicatorId}/measurements")
    @Idempotent
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = MeasurementView.class)))
    @Operation(operationId = "recordMeasurement", summary = "Type in a year's value with its evidence link or note; refused for an SPI-bound indicator (admins)")
    public RestResponse<MeasurementView> record(@PathParam("indicatorId") UUID id,
            @NotNull @Valid MeasurementData body) {
        MeasurementView created = indicators.record(tenant.access(), id, body);
        return ETags.created(tenant.location("mission/indicators", id, "measurements"), created, 0);
    }

    @POST
    @Path("/indicators/{indicatorId}/snapshots")
    @Idempotent
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = MeasurementView.class)))
    @Operation(operationId = "snapshotMissionIndicator", summary = "Compute the year's value with the bound SPI source and keep it with its provenance (admins)")
    public RestResponse<MeasurementView> snapshot(@PathParam("indicatorId") UUID id,
            @NotNull @Valid SnapshotData body) {
        MeasurementView created = indicators.snapshot(tenant.access(), id, body.year());
        return ETags.created(tenant.location("mission/indicators", id, "measurements"), created, 0);
    }

    @PUT
    @Path("/measurements/{measurementId}/evidence")
    @Consumes(MediaType.WILDCARD)
    @Operation(operationId = "attachMeasurementEvidence", summary = "Attach the file proving a value: the raw body with its media type; replaces any earlier file (admins)")
    public MeasurementView attach(@PathParam("measurementId") UUID id,
            @Parameter(description = "File name shown to the auditor") @QueryParam("filename") String filename,
            @HeaderParam("Content-Type") String contentType, byte[] body) {
        return indicators.attachEvidence(tenant.access(), id, filename, contentType, body == null ? new byte[0] : body);
    }

    @GET
    @Path("/measurements/{measurementId}/evidence")
    @Produces(MediaType.WILDCARD)
    @Operation(operationId = "getMeasurementEvidence", summary = "Download the evidence file of a value")
    @APIResponse(responseCode = "200", description = "The file, with its media type", content = @Content(mediaType = "*/*", schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response evidence(@PathParam("measurementId") UUID id) {
        IndicatorService.Evidence file = indicators.evidence(tenant.access(), id);
        return Response.ok(file.data(), file.contentType())
                .header("Content-Disposition", "attachment; filename=\"" + file.filename().replace("\"", "") + "\"").build();
    }
}
