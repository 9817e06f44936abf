package org.passerelle.api.training;

import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
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
import org.passerelle.training.quality.ComplaintData;
import org.passerelle.training.quality.ComplaintView;
import org.passerelle.training.quality.ImprovementData;
import org.passerelle.training.quality.ImprovementView;
import org.passerelle.training.quality.QualityService;

import io.quarkus.security.Authenticated;

@Path("/api/v1/orgs/{org}/training")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = QualityResource.TAG, description = "Complaints and incidents register (Qualiopi 31), improvement actions (Qualiopi 32)")
@SecurityRequirement(name = ApiTags.SECURITY_SCHEME)
public class QualityResource {

    static final String TAG = "Training: quality";

    private final Tenant tenant;
    private final QualityService quality;

    QualityResource(Tenant tenant, QualityService quality) {
        this.tenant = tenant;
        this.quality = quality;
    }

    @GET
    @Path("/complaints")
    @Operation(operationId = "listComplaints", summary = "The complaints and incidents register, latest first (staff, auditor)")
    public PageResponse<ComplaintView> complaints() {
        return PageResponse.all(quality.complaints(tenant.access()));
    }

    @POST
    @Path("/complaints")
    @Idempotent
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = ComplaintView.class)))
    @Operation(operationId = "recordComplaint", summary = "Record a complaint or an incident, with the answer and action when known (admins and agents)")
    public RestResponse<ComplaintView> record(@NotNull @Valid ComplaintData body) {
        ComplaintView created = quality.record(tenant.access(), body);
        return ETags.created(tenant.location("training/complaints", created.id()), created);
    }

    @GET
    @Path("/complaints/{complaintId}")
    @Operation(operationId = "getComplaint", summary = "Read an entry of the register (staff, auditor)")
    public RestResponse<ComplaintView> complaint(@PathParam("complaintId") UUID id) {
        ComplaintView view = quality.complaint(tenant.access(), id);
        return ETags.tagged(view);
    }

    @PUT
    @Path("/complaints/{complaintId}")
    @Operation(operationId = "updateComplaint", summary = "Answer, act on or close an entry (admins and agents)")
    public RestResponse<ComplaintView> updateComplaint(@PathParam("complaintId") UUID id,
            @BeanParam IfMatch ifMatch, @NotNull @Valid ComplaintData body) {
        ComplaintView view = quality.update(tenant.access(), id, ifMatch.version(), body);
        return ETags.tagged(view);
    }

    @GET
    @Path("/improvements")
    @Operation(operationId = "listImprovements", summary = "Improvement actions, latest first (staff, auditor)")
    public PageResponse<ImprovementView> improvements() {
        return PageResponse.all(quality.improvements(tenant.access()));
    }

    @POST
    @Path("/improvements")
    @Idempotent
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = ImprovementView.class)))
    @Operation(operationId = "planImprovement", summary = "Plan an improvement action, linked to the complaint or other source that prompted it (admins and agents)")
    public RestResponse<ImprovementView> plan(@NotNull @Valid ImprovementData body) {
        ImprovementView created = quality.plan(tenant.access(), body);
        return ETags.created(tenant.location("training/improvements", created.id()), created);
    }

    @GET
    @Path("/improvements/{improvementId}")
    @Operation(operationId = "getImprovement", summary = "Read an improvement action (staff, auditor)")
    public RestResponse<ImprovementView> improvement(@PathParam("improvementId") UUID id) {
        ImprovementView view = quality.improvement(tenant.access(), id);
        return ETags.tagged(view);
    }

    @PUT
    @Path("/improvements/{improvementId}")
    @Operation(operationId = "updateImprovement", summary = "Update an improvement action's status and dates (admins and agents)")
    public RestResponse<ImprovementView> updateImprovement(@PathParam("improvementId") UUID id, @BeanParam IfMatch ifMatch,
            @NotNull @Valid ImprovementData body) {
        ImprovementView view = quality.update(tenant.access(), id, ifMatch.version(), body);
        return ETags.tagged(view);
    }
}
