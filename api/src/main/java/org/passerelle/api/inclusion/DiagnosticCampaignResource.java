package org.passerelle.api.inclusion;

import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
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
import org.passerelle.inclusion.diagnostic.CampaignFigures;
import org.passerelle.inclusion.diagnostic.CompetenceView;
import org.passerelle.inclusion.diagnostic.DiagnosticCampaignData;
import org.passerelle.inclusion.diagnostic.DiagnosticCampaignView;
import org.passerelle.inclusion.diagnostic.DiagnosticFigures;
import org.passerelle.inclusion.diagnostic.DiagnosticService;

import io.quarkus.security.Authenticated;

/**
 * Competence diagnostic campaigns (Pix Territoires): a member structure assesses its agents over the Pix framework.
 * Staff run every structure's campaigns; a structure's contact its own (another structure's is 404).
 */
@Path(DiagnosticPaths.PATH)
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = DiagnosticPaths.TAG, description = DiagnosticPaths.TAG_DESCRIPTION)
@SecurityRequirement(name = ApiTags.SECURITY_SCHEME)
public class DiagnosticCampaignResource {

    private final Tenant tenant;
    private final DiagnosticService diagnostics;
    private final DiagnosticFigures figures;

    DiagnosticCampaignResource(Tenant tenant, DiagnosticService diagnostics, DiagnosticFigures figures) {
        this.tenant = tenant;
        this.diagnostics = diagnostics;
        this.figures = figures;
    }

    @GET
    @Path("/competences")
    @Operation(operationId = "listDiagnosticCompetences", summary = "The reference framework: the five Pix areas and their sixteen competences, levels 0 to 8")
    public PageResponse<CompetenceView> competences() {
        return PageResponse.all(diagnostics.competences(tenant.access()));
    }

    @GET
    @Path("/campaigns")
    @Operation(operationId = "listDiagnosticCampaigns", summary = "Campaigns, the latest first: every structure's for staff, its own structure's for a contact")
    public PageResponse<DiagnosticCampaignView> campaigns() {
        return PageResponse.all(diagnostics.campaigns(tenant.access()));
    }

    @POST
    @Path("/campaigns")
    @Idempotent
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = DiagnosticCampaignView.class)))
    @Operation(operationId = "openDiagnosticCampaign", summary = "Open a campaign for a member structure (staff for any, a contact for its own)")
    public RestResponse<DiagnosticCampaignView> open(@NotNull @Valid DiagnosticCampaignData body) {
        DiagnosticCampaignView created = diagnostics.open(tenant.access(), body);
        return ETags.created(tenant.location("inclusion/diagnostic/campaigns", created.id()), created);
    }

    @GET
    @Path("/campaigns/{campaignId}")
    @Operation(operationId = "getDiagnosticCampaign", summary = "A campaign: its structure, open or closed, participants")
    public RestResponse<DiagnosticCampaignView> campaign(@PathParam("campaignId") UUID campaignId) {
        return ETags.tagged(diagnostics.campaign(tenant.access(), campaignId));
    }

    @POST
    @Path("/campaigns/{campaignId}/close")
    @Operation(operationId = "closeDiagnosticCampaign", summary = "Close a campaign: participants and results become final; proposals may still be accepted")
    public RestResponse<DiagnosticCampaignView> close(@PathParam("campaignId") UUID campaignId,
            @BeanParam IfMatch ifMatch) {
        return ETags.tagged(diagnostics.close(tenant.access(), campaignId, ifMatch.version()));
    }

    @GET
    @Path("/campaigns/{campaignId}/figures")
    @Operation(operationId = "getDiagnosticFigures", summary = "A campaign's figures: participation rate, average level by area, proposals accepted")
    public CampaignFigures figures(@PathParam("campaignId") UUID campaignId) {
        return figures.figures(tenant.access(), campaignId);
    }
}
