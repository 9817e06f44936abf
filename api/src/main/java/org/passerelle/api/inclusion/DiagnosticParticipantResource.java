package org.passerelle.api.inclusion;

import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.passerelle.api.ApiTags;
import org.passerelle.api.http.ETags;
import org.passerelle.api.http.Idempotent;
import org.passerelle.api.http.PageResponse;
import org.passerelle.api.security.Tenant;
import org.passerelle.inclusion.diagnostic.DiagnosticService;
import org.passerelle.inclusion.diagnostic.ParticipantData;
import org.passerelle.inclusion.diagnostic.ParticipantView;
import org.passerelle.inclusion.diagnostic.ResultSheet;

import io.quarkus.security.Authenticated;

/** A campaign's participants and their levels per competence, entered as JSON or imported as CSV. */
@Path(DiagnosticPaths.PATH + "/campaigns/{campaignId}")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = DiagnosticPaths.TAG, description = DiagnosticPaths.TAG_DESCRIPTION)
@SecurityRequirement(name = ApiTags.SECURITY_SCHEME)
public class DiagnosticParticipantResource {

    private final Tenant tenant;
    private final DiagnosticService diagnostics;

    DiagnosticParticipantResource(Tenant tenant, DiagnosticService diagnostics) {
        this.tenant = tenant;
        this.diagnostics = diagnostics;
    }

    @GET
    @Path("/participants")
    @Operation(operationId = "listDiagnosticParticipants", summary = "The participants and their levels per competence")
    public PageResponse<ParticipantView> participants(@PathParam("campaignId") UUID campaignId) {
        return PageResponse.all(diagnostics.participants(tenant.access(), campaignId));
    }

    @POST
    @Path("/participants")
    @Idempotent
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = ParticipantView.class)))
    @Operation(operationId = "addDiagnosticParticipant", summary = "Add an agent of the campaign's structure, while the campaign is open")
    public RestResponse<ParticipantView> add(@PathParam("campaignId") UUID campaignId,
            @NotNull @Valid ParticipantData body) {
        ParticipantView created = diagnostics.addParticipant(tenant.access(), campaignId, body);
        // Participants do not change: their version stays 0.
        return ETags.created(tenant.location("inclusion/diagnostic/campaigns", campaignId, "participants"), created, 0);
    }

    @POST
    @Path("/results")
    @Operation(operationId = "recordDiagnosticResults", summary = "Record levels per participant and competence (a new level replaces the previous one), while the campaign is open")
    public PageResponse<ParticipantView> record(@PathParam("campaignId") UUID campaignId,
            @NotNull @Valid ResultSheet body) {
        return PageResponse.all(diagnostics.record(tenant.access(), campaignId, body));
    }

    @POST
    @Path("/results/import")
    // Spreadsheets and browsers often upload a CSV file as text/plain.
    @Consumes({ "text/csv", MediaType.TEXT_PLAIN })
    @RequestBody(content = @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING),
            examples = @ExampleObject(name = "pix", value = "email,competence,level\nagent@mairie-linxe.fr,4.1,1\nagent@mairie-linxe.fr,1.1,3\n")))
    @Operation(operationId = "recordDiagnosticResultsFromCsv", summary = "Import levels as CSV (header email,competence,level; comma or semicolon): one malformed line refuses the whole file, naming its line and column")
    public PageResponse<ParticipantView> importCsv(@PathParam("campaignId") UUID campaignId, String body) {
        return PageResponse.all(diagnostics.importCsv(tenant.access(), campaignId, body));
    }
}
