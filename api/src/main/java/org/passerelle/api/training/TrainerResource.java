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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
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
import org.passerelle.training.trainer.TrainerData;
import org.passerelle.training.trainer.TrainerKind;
import org.passerelle.training.trainer.TrainerService;
import org.passerelle.training.trainer.TrainerView;

import io.quarkus.security.Authenticated;

@Path("/api/v1/orgs/{org}/training/trainers")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = TrainerResource.TAG, description = "Trainer profiles: competences, certifications, upkeep, hours taught")
@SecurityRequirement(name = ApiTags.SECURITY_SCHEME)
public class TrainerResource {

    static final String TAG = "Training: trainers";

    private final Tenant tenant;
    private final TrainerService trainers;

    TrainerResource(Tenant tenant, TrainerService trainers) {
        this.tenant = tenant;
        this.trainers = trainers;
    }

    @GET
    @Operation(operationId = "listTrainers", summary = "List trainer profiles (admins, agents, auditors)")
    public PageResponse<TrainerView> list(@QueryParam("kind") TrainerKind kind) {
        return PageResponse.all(trainers.list(tenant.access(), kind));
    }

    @POST
    @Idempotent
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = TrainerView.class)))
    @Operation(operationId = "createTrainer", summary = "Create the trainer profile of a person with the trainer role (admins and agents)")
    public RestResponse<TrainerView> create(@NotNull @Valid TrainerData body) {
        TrainerView created = trainers.create(tenant.access(), body);
        return ETags.created(tenant.location("training/trainers", created.id()), created);
    }

    @GET
    @Path("/me")
    @Operation(operationId = "getMyTrainerProfile", summary = "The caller's own trainer profile")
    public RestResponse<TrainerView> mine() {
        TrainerView view = trainers.mine(tenant.access());
        return ETags.tagged(view);
    }

    @GET
    @Path("/{trainerId}")
    @Operation(operationId = "getTrainer", summary = "Read a trainer profile (staff, or the trainer itself)")
    public RestResponse<TrainerView> get(@PathParam("trainerId") UUID trainerId) {
        TrainerView view = trainers.get(tenant.access(), trainerId);
        return ETags.tagged(view);
    }

    @PUT
    @Path("/{trainerId}")
    @Operation(operationId = "updateTrainer", summary = "Replace a trainer profile (admins and agents)")
    public RestResponse<TrainerView> update(@PathParam("trainerId") UUID trainerId,
            @BeanParam IfMatch ifMatch, @NotNull @Valid TrainerData body) {
        TrainerView view = trainers.update(tenant.access(), trainerId, ifMatch.version(), body);
        return ETags.tagged(view);
    }
}
