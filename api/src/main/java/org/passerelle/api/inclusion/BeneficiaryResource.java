package org.passerelle.api.inclusion;

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
import org.passerelle.inclusion.equipment.BeneficiaryData;
import org.passerelle.inclusion.equipment.BeneficiaryService;
import org.passerelle.inclusion.equipment.BeneficiaryView;

import io.quarkus.security.Authenticated;

/** The people the programme helps, referred by member structures whose contacts follow them. */
@Path(InclusionPaths.PATH + "/beneficiaries")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = InclusionPaths.EQUIPMENT_TAG)
@SecurityRequirement(name = ApiTags.SECURITY_SCHEME)
public class BeneficiaryResource {

    private final Tenant tenant;
    private final BeneficiaryService beneficiaries;

    BeneficiaryResource(Tenant tenant, BeneficiaryService beneficiaries) {
        this.tenant = tenant;
        this.beneficiaries = beneficiaries;
    }

    @GET
    @Operation(operationId = "listBeneficiaries", summary = "Beneficiaries by name: all for admins and agents, those its structure referred for a structure's contact")
    public PageResponse<BeneficiaryView> list(
            @Parameter(description = "Only those referred by this member structure (staff)") @QueryParam("memberId") UUID memberId) {
        return PageResponse.all(beneficiaries.list(tenant.access(), memberId));
    }

    @POST
    @Idempotent
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = BeneficiaryView.class)))
    @Operation(operationId = "createBeneficiary", summary = "Refer a person to the programme (admins, agents, a structure's contact for its own structure)")
    public RestResponse<BeneficiaryView> refer(@NotNull @Valid BeneficiaryData body) {
        BeneficiaryView created = beneficiaries.refer(tenant.access(), body);
        return ETags.created(tenant.location("inclusion/beneficiaries", created.id()), created);
    }

    @GET
    @Path("/{beneficiaryId}")
    @Operation(operationId = "getBeneficiary", summary = "Read a beneficiary (staff, the contact of the structure that referred it)")
    public RestResponse<BeneficiaryView> get(@PathParam("beneficiaryId") UUID id) {
        return ETags.tagged(beneficiaries.get(tenant.access(), id));
    }

    @PUT
    @Path("/{beneficiaryId}")
    @Operation(operationId = "updateBeneficiary", summary = "Replace a beneficiary: contact, eligibility, signed charter (admins and agents)")
    public RestResponse<BeneficiaryView> update(@PathParam("beneficiaryId") UUID id, @BeanParam IfMatch ifMatch,
            @NotNull @Valid BeneficiaryData body) {
        return ETags.tagged(beneficiaries.update(tenant.access(), id, ifMatch.version(), body));
    }
}
