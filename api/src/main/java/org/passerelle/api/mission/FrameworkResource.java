package org.passerelle.api.mission;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
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
import org.passerelle.mission.framework.FrameworkService;
import org.passerelle.mission.framework.ProfileData;
import org.passerelle.mission.framework.ProfileView;
import org.passerelle.mission.framework.PurposeData;
import org.passerelle.mission.framework.PurposeView;

import io.quarkus.security.Authenticated;

@Path(MissionPaths.PATH)
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = FrameworkResource.TAG, description = "Raison d'être, statutory and operational objectives (or pillars), yearly actions and progress")
@SecurityRequirement(name = ApiTags.SECURITY_SCHEME)
public class FrameworkResource {

    static final String TAG = "Mission: framework";

    private final Tenant tenant;
    private final FrameworkService framework;

    FrameworkResource(Tenant tenant, FrameworkService framework) {
        this.tenant = tenant;
        this.framework = framework;
    }

    @GET
    @Path("/profile")
    @Operation(operationId = "getMissionProfile", summary = "Framework kind and the company facts the law's rules depend on: headcount, OTI cadence")
    public RestResponse<ProfileView> profile() {
        ProfileView view = framework.profile(tenant.access());
        return ETags.tagged(view);
    }

    @PUT
    @Path("/profile")
    @Operation(operationId = "updateMissionProfile", summary = "Set the framework kind, headcount and OTI cadence (admins; If-Match \"0\" the first time)")
    public RestResponse<ProfileView> updateProfile(@BeanParam IfMatch ifMatch,
            @NotNull @Valid ProfileData body) {
        ProfileView view = framework.updateProfile(tenant.access(), ifMatch.version(), body);
        return ETags.tagged(view);
    }

    @GET
    @Path("/purposes")
    @Operation(operationId = "listPurposes", summary = "Every adopted version of the raison d'être, the current one first")
    public PageResponse<PurposeView> purposes() {
        return PageResponse.all(framework.purposes(tenant.access()));
    }

    @GET
    @Path("/purposes/current")
    @Operation(operationId = "getCurrentPurpose", summary = "The raison d'être in force")
    public RestResponse<PurposeView> currentPurpose() {
        PurposeView view = framework.currentPurpose(tenant.access());
        return ETags.tagged(view);
    }

    @POST
    @Path("/purposes")
    @Idempotent
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = PurposeView.class)))
    @Operation(operationId = "adoptPurpose", summary = "Record a newly adopted raison d'être; earlier versions are kept (admins)")
    public RestResponse<PurposeView> adoptPurpose(@NotNull @Valid PurposeData body) {
        PurposeView created = framework.adoptPurpose(tenant.access(), body);
        return ETags.created(tenant.location("mission/purposes/current"), created);
    }
}
