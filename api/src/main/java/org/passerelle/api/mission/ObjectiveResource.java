package org.passerelle.api.mission;

import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
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
import org.passerelle.core.access.OrgAccess;
import org.passerelle.mission.framework.ActionData;
import org.passerelle.mission.framework.ActionView;
import org.passerelle.mission.framework.FrameworkService;
import org.passerelle.mission.framework.ObjectiveData;
import org.passerelle.mission.framework.ObjectiveView;

import io.quarkus.security.Authenticated;

/**
 * The statutory and operational objectives (or pillars) and their yearly actions.
 */
@Path(MissionPaths.PATH)
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = FrameworkResource.TAG)
@SecurityRequirement(name = ApiTags.SECURITY_SCHEME)
public class ObjectiveResource {

    private final Tenant tenant;
    private final FrameworkService framework;

    ObjectiveResource(Tenant tenant, FrameworkService framework) {
        this.tenant = tenant;
        this.framework = framework;
    }

    @GET
    @Path("/objectives")
    @Operation(operationId = "listObjectives", summary = "Statutory objectives (or pillars) by code, each followed by its operational objectives")
    public PageResponse<ObjectiveView> objectives() {
        return PageResponse.all(framework.objectives(tenant.access()));
    }

    @POST
    @Path("/objectives")
    @Idempotent
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = ObjectiveView.class)))
    @Operation(operationId = "createObjective", summary = "Create a statutory objective, or an operational one under it with parentId (admins)")
    public RestResponse<ObjectiveView> createObjective(@NotNull @Valid ObjectiveData body) {
        ObjectiveView created = framework.createObjective(tenant.access(), body);
        return ETags.created(tenant.location("mission/objectives", created.id()), created);
    }

    @GET
    @Path("/objectives/{objectiveId}")
    @Operation(operationId = "getObjective", summary = "Read an objective")
    public RestResponse<ObjectiveView> objective(@PathParam("objectiveId") UUID id) {
        ObjectiveView view = framework.objective(tenant.access(), id);
        return ETags.tagged(view);
    }

    @PUT
    @Path("/objectives/{objectiveId}")
    @Operation(operationId = "updateObjective", summary = "Replace an objective's code, title and description; its parent stays (admins)")
    public RestResponse<ObjectiveView> updateObjective(@PathParam("objectiveId") UUID id,
            @BeanParam IfMatch ifMatch, @NotNull @Valid ObjectiveData body) {
        ObjectiveView view = framework.updateObjective(tenant.access(), id, ifMatch.version(), body);
        return ETags.tagged(view);
    }

    @DELETE
    @Path("/objectives/{objectiveId}")
    @Operation(operationId = "deleteObjective", summary = "Delete an objective without operational objectives, indicators or actions (admins)")
    public void deleteObjective(@PathParam("objectiveId") UUID id,
            @BeanParam IfMatch ifMatch) {
        framework.deleteObjective(tenant.access(), id, ifMatch.version());
    }

    @GET
    @Path("/actions")
    @Operation(operationId = "listMissionActions", summary = "The actions planned for a year, with their progress")
    public PageResponse<ActionView> actions(@Parameter(description = "Calendar year", required = true) @QueryParam("year") @NotNull @Min(2000) @Max(2200) Integer year) {
        return PageResponse.all(framework.actions(tenant.access(), year));
    }

    @GET
    @Path("/objectives/{objectiveId}/actions/{year}")
    @Operation(operationId = "getMissionAction", summary = "The year's action of an operational objective")
    public RestResponse<ActionView> action(@PathParam("objectiveId") UUID id,
            @PathParam("year") @Min(2000) @Max(2200) int year) {
        ActionView view = framework.action(tenant.access(), id, year);
        return ETags.tagged(view);
    }

    @PUT
    @Path("/objectives/{objectiveId}/actions/{year}")
    @Operation(operationId = "recordMissionAction", summary = "Record the year's action and its progress (admins): without If-Match it creates, with the ETag read it replaces")
    public RestResponse<ActionView> putAction(@PathParam("objectiveId") UUID id,
            @PathParam("year") @Min(2000) @Max(2200) int year, @BeanParam IfMatch ifMatch,
            @NotNull @Valid ActionData body) {
        OrgAccess a = tenant.access();
        Long expected = ifMatch.versionIfAny();
        ActionView view = framework.putAction(a, id, year, expected, body);
        return ETags.tagged(view);
    }
}
