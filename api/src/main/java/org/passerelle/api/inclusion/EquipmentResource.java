package org.passerelle.api.inclusion;

import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
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
import org.passerelle.api.http.IfMatch;
import org.passerelle.api.http.PageResponse;
import org.passerelle.api.security.Tenant;
import org.passerelle.inclusion.equipment.EquipmentFigures;
import org.passerelle.inclusion.equipment.EquipmentService;
import org.passerelle.inclusion.equipment.FiguresService;
import org.passerelle.inclusion.equipment.ItemData;
import org.passerelle.inclusion.equipment.ItemState;
import org.passerelle.inclusion.equipment.ItemView;
import org.passerelle.inclusion.equipment.LotData;
import org.passerelle.inclusion.equipment.LotView;

import io.quarkus.security.Authenticated;

/** The programme's stock: lots of reconditioned devices and their items; and the programme's yearly figures. */
@Path(InclusionPaths.PATH)
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = InclusionPaths.EQUIPMENT_TAG, description = "Reconditioned devices lent to beneficiaries for a training path, granted once it is completed (Mon ordi Pin40)")
@SecurityRequirement(name = ApiTags.SECURITY_SCHEME)
public class EquipmentResource {

    private final Tenant tenant;
    private final EquipmentService equipment;
    private final FiguresService figures;

    EquipmentResource(Tenant tenant, EquipmentService equipment, FiguresService figures) {
        this.tenant = tenant;
        this.equipment = equipment;
        this.figures = figures;
    }

    @GET
    @Path("/lots")
    @Operation(operationId = "listEquipmentLots", summary = "Lots of devices, latest received first, with their stock (admins and agents)")
    public PageResponse<LotView> lots() {
        return PageResponse.all(equipment.lots(tenant.access()));
    }

    @POST
    @Path("/lots")
    @Idempotent
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = LotView.class)))
    @Operation(operationId = "createEquipmentLot", summary = "Record a lot received: origin, reconditioning partner, kind and quantity (admins and agents)")
    public RestResponse<LotView> receive(@NotNull @Valid LotData body) {
        LotView created = equipment.receive(tenant.access(), body);
        return ETags.created(tenant.location("inclusion/lots", created.id()), created);
    }

    @GET
    @Path("/lots/{lotId}")
    @Operation(operationId = "getEquipmentLot", summary = "Read a lot and how many of its devices are in each state")
    public RestResponse<LotView> lot(@PathParam("lotId") UUID lotId) {
        return ETags.tagged(equipment.lot(tenant.access(), lotId));
    }

    @POST
    @Path("/lots/{lotId}/items")
    @Idempotent
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = ItemView.class)))
    @Operation(operationId = "recordEquipmentItem", summary = "Record a device of the lot by serial number, up to the lot's quantity (admins and agents)")
    public RestResponse<ItemView> record(@PathParam("lotId") UUID lotId, @NotNull @Valid ItemData body) {
        ItemView created = equipment.record(tenant.access(), lotId, body);
        return ETags.created(tenant.location("inclusion/items", created.id()), created);
    }

    @GET
    @Path("/items")
    @Operation(operationId = "listEquipmentItems", summary = "Devices by serial number, of one lot or in one state (admins and agents)")
    public PageResponse<ItemView> items(@Parameter(description = "Only the devices of this lot") @QueryParam("lotId") UUID lotId,
            @Parameter(description = "Only the devices in this state") @QueryParam("state") ItemState state) {
        return PageResponse.all(equipment.items(tenant.access(), lotId, state));
    }

    @GET
    @Path("/items/{itemId}")
    @Operation(operationId = "getEquipmentItem", summary = "Read a device (admins and agents)")
    public RestResponse<ItemView> item(@PathParam("itemId") UUID itemId) {
        return ETags.tagged(equipment.item(tenant.access(), itemId));
    }

    @POST
    @Path("/items/{itemId}/write-off")
    @Operation(operationId = "discardEquipmentItem", summary = "Write off a device in stock, beyond repair or lost (admins and agents)")
    public RestResponse<ItemView> writeOff(@PathParam("itemId") UUID itemId, @BeanParam IfMatch ifMatch) {
        return ETags.tagged(equipment.writeOff(tenant.access(), itemId, ifMatch.version()));
    }

    @GET
    @Path("/equipment-figures/{year}")
    @Operation(operationId = "getEquipmentFigures", summary = "The year's devices lent and granted, paths completed and abandoned, completion rate, per commune (staff, auditor, committee)")
    public EquipmentFigures figures(@PathParam("year") @Min(2000) @Max(2200) int year) {
        return figures.year(tenant.access(), year);
    }
}
