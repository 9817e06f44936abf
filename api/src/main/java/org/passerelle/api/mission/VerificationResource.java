package org.passerelle.api.mission;

import java.util.UUID;

import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.passerelle.api.ApiTags;
import org.passerelle.api.security.Tenant;
import org.passerelle.core.access.OrgAccess;
import org.passerelle.core.organisation.OrganisationService;
import org.passerelle.mission.verification.EvidenceArchive;
import org.passerelle.mission.verification.EvidencePackage;
import org.passerelle.mission.verification.EvidencePackageService;

import io.quarkus.security.Authenticated;

/**
 * OTI verification cycles. The organisation's admins open a cycle; the auditor (the OTI) reads everything,
 * downloads the evidence package and writes nothing but its conclusions and opinion.
 */
@Path(MissionPaths.PATH + "/verifications")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = VerificationResource.TAG, description = "OTI verification cycles, the evidence package, conclusions per statutory objective")
@SecurityRequirement(name = ApiTags.SECURITY_SCHEME)
public class VerificationResource {

    static final String TAG = "Mission: OTI verification";
    static final String ZIP = EvidenceArchive.MEDIA_TYPE;

    private final Tenant tenant;
    private final EvidencePackageService packages;
    private final EvidenceArchive archive;
    private final OrganisationService organisations;

    VerificationResource(Tenant tenant, EvidencePackageService packages, EvidenceArchive archive,
            OrganisationService organisations) {
        this.tenant = tenant;
        this.packages = packages;
        this.archive = archive;
        this.organisations = organisations;
    }

    @GET
    @Path("/{verificationId}/evidence")
    @Produces({ MediaType.APPLICATION_JSON, ZIP })
    @Operation(operationId = "getVerificationEvidence", summary = "The evidence package: every indicator with targets, values, provenance and evidence; actions; committee and minutes; Sésame results. JSON, or a ZIP with evidence files and the years' reports")
    @APIResponse(responseCode = "200", description = "The package", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EvidencePackage.class)),
            @Content(mediaType = ZIP, schema = @Schema(type = SchemaType.STRING, format = "binary")) })
    public Response evidence(@PathParam("verificationId") UUID id,
            @Parameter(description = "json or zip (default: from Accept, else json)") @QueryParam("format") @Pattern(regexp = "json|zip") String format,
            @Context HttpHeaders headers) {
        OrgAccess a = tenant.access();
        EvidencePackage evidence = packages.build(a, organisations.get(a.orgId()).name(), id);
        boolean zip = format == null ? headers.getAcceptableMediaTypes().stream()
                .anyMatch(t -> ZIP.equals(t.getType() + "/" + t.getSubtype())) : "zip".equals(format);
        if (!zip) {
            return Response.ok(evidence, MediaType.APPLICATION_JSON).build();
        }
        // The package is built and the caller's rights checked now; the ZIP is streamed, one file at a time.
        StreamingOutput body = out -> archive.write(a, evidence, out);
        return Response.ok(body, ZIP).header("Content-Disposition",
                "attachment; filename=\"" + EvidenceArchive.filename(evidence) + "\"").build();
    }
}
