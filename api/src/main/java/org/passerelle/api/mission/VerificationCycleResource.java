package org.passerelle.api.mission;

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
import org.passerelle.mission.verification.ConclusionData;
import org.passerelle.mission.verification.OpinionData;
import org.passerelle.mission.verification.VerificationData;
import org.passerelle.mission.verification.VerificationService;
import org.passerelle.mission.verification.VerificationView;

import io.quarkus.security.Authenticated;

/**
 * OTI verification cycles. The organisation's admins open a cycle; the auditor (the OTI) reads everything
 * and writes nothing but its conclusions and opinion (the evidence package: VerificationResource).
 */
@Path(MissionPaths.PATH + "/verifications")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = VerificationResource.TAG)
@SecurityRequirement(name = ApiTags.SECURITY_SCHEME)
public class VerificationCycleResource {

    private final Tenant tenant;
    private final VerificationService verifications;

    VerificationCycleResource(Tenant tenant, VerificationService verifications) {
        this.tenant = tenant;
        this.verifications = verifications;
    }

    @GET
    @Operation(operationId = "listVerifications", summary = "Verification cycles, the latest first")
    public PageResponse<VerificationView> list() {
        return PageResponse.all(verifications.list(tenant.access()));
    }

    @POST
    @Idempotent
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = VerificationView.class)))
    @Operation(operationId = "openVerification", summary = "Open a cycle: period covered (at most the law's cadence) and verifier; the due date follows (admins)")
    public RestResponse<VerificationView> open(@NotNull @Valid VerificationData body) {
        VerificationView created = verifications.open(tenant.access(), body);
        return ETags.created(tenant.location("mission/verifications", created.id()), created);
    }

    @GET
    @Path("/{verificationId}")
    @Operation(operationId = "getVerification", summary = "A cycle with its conclusions")
    public RestResponse<VerificationView> get(@PathParam("verificationId") UUID id) {
        VerificationView view = verifications.get(tenant.access(), id);
        return ETags.tagged(view);
    }

    @PUT
    @Path("/{verificationId}/conclusions/{objectiveId}")
    @Operation(operationId = "concludeVerificationObjective", summary = "Conclude on a statutory objective: met, not met, or unable to conclude, with the rationale (auditor)")
    public VerificationView conclude(@PathParam("verificationId") UUID id,
            @PathParam("objectiveId") UUID objectiveId, @NotNull @Valid ConclusionData body) {
        return verifications.conclude(tenant.access(), id, objectiveId, body);
    }

    @PUT
    @Path("/{verificationId}/opinion")
    @Operation(operationId = "giveVerificationOpinion", summary = "The OTI's reasoned opinion on the cycle (auditor)")
    public RestResponse<VerificationView> opinion(@PathParam("verificationId") UUID id,
            @BeanParam IfMatch ifMatch, @NotNull @Valid OpinionData body) {
        VerificationView view = verifications.giveOpinion(tenant.access(), id, ifMatch.version(),
                body.opinion());
        return ETags.tagged(view);
    }
}
