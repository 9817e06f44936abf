package org.passerelle.api.training;

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
import org.passerelle.api.http.PageResponse;
import org.passerelle.api.security.CurrentCaller;
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

    private final CurrentCaller caller;
    private final QualityService quality;

    QualityResource(CurrentCaller caller, QualityService quality) {
        this.caller = caller;
        this.quality = quality;
    }

    @GET
    @Path("/complaints")
    @Operation(operationId = "listComplaints", summary = "The complaints and incidents register, latest first (staff, auditor)")
    public PageResponse<ComplaintView> complaints(@PathParam("org") String org) {
        return PageResponse.all(quality.complaints(caller.in(org)));
    }

    @POST
    @Path("/complaints")
    @Idempotent
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = ComplaintView.class)))
    @Operation(operationId = "recordComplaint", summary = "Record a complaint or an incident, with the answer and action when known (admins and agents)")
    public RestResponse<ComplaintView> record(@PathParam("org") String org, @NotNull @Valid ComplaintData body) {
        ComplaintView created = quality.record(caller.in(org), body);
        return ETags.createdAt("/api/v1/orgs/" + org + "/training/complaints/" + created.id(), created, created.version());
    }

    @GET
    @Path("/complaints/{complaintId}")
    @Operation(operationId = "getComplaint", summary = "Read an entry of the register (staff, auditor)")
    public RestResponse<ComplaintView> complaint(@PathParam("org") String org, @PathParam("complaintId") UUID id) {
        ComplaintView view = quality.complaint(caller.in(org), id);
        return ETags.tagged(view, view.version());
    }

    @PUT
    @Path("/complaints/{complaintId}")
    @Operation(operationId = "updateComplaint", summary = "Answer, act on or close an entry (admins and agents)")
    public RestResponse<ComplaintView> updateComplaint(@PathParam("org") String org, @PathParam("complaintId") UUID id,
            @HeaderParam("If-Match") String ifMatch, @NotNull @Valid ComplaintData body) {
        ComplaintView view = quality.update(caller.in(org), id, ETags.expectedVersion(ifMatch), body);
        return ETags.tagged(view, view.version());
    }

    @GET
    @Path("/improvements")
    @Operation(operationId = "listImprovements", summary = "Improvement actions, latest first (staff, auditor)")
    public PageResponse<ImprovementView> improvements(@PathParam("org") String org) {
        return PageResponse.all(quality.improvements(caller.in(org)));
    }

    @POST
    @Path("/improvements")
    @Idempotent
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = ImprovementView.class)))
    @Operation(operationId = "planImprovement", summary = "Plan an improvement action, linked to the complaint or other source that prompted it (admins and agents)")
    public RestResponse<ImprovementView> plan(@PathParam("org") String org, @NotNull @Valid ImprovementData body) {
        ImprovementView created = quality.plan(caller.in(org), body);
        return ETags.createdAt("/api/v1/orgs/" + org + "/training/improvements/" + created.id(), created, created.version());
    }

    @GET
    @Path("/improvements/{improvementId}")
    @Operation(operationId = "getImprovement", summary = "Read an improvement action (staff, auditor)")
    public RestResponse<ImprovementView> improvement(@PathParam("org") String org, @PathParam("improvementId") UUID id) {
        ImprovementView view = quality.improvement(caller.in(org), id);
        return ETags.tagged(view, view.version());
    }

    @PUT
    @Path("/improvements/{improvementId}")
    @Operation(operationId = "updateImprovement", summary = "Update an improvement action's status and dates (admins and agents)")
    public RestResponse<ImprovementView> updateImprovement(@PathParam("org") String org,
            @PathParam("improvementId") UUID id, @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid ImprovementData body) {
        ImprovementView view = quality.update(caller.in(org), id, ETags.expectedVersion(ifMatch), body);
        return ETags.tagged(view, view.version());
    }
}
