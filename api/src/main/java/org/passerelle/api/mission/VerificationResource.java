package org.passerelle.api.mission;

import java.io.IOException;
import java.io.OutputStream;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

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
import org.passerelle.core.document.PdfRenderer;
import org.passerelle.mission.indicator.IndicatorService;
import org.passerelle.mission.indicator.MeasurementView;
import org.passerelle.mission.report.MissionReportDocument;
import org.passerelle.mission.report.ReportService;
import org.passerelle.mission.verification.EvidencePackage;
import org.passerelle.mission.verification.EvidencePackageService;
import org.passerelle.mission.verification.VerificationService;

import com.fasterxml.jackson.databind.ObjectMapper;

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
    static final String ZIP = "application/zip";

    private final Tenant tenant;
    private final EvidencePackageService packages;
    private final IndicatorService indicators;
    private final ReportService reports;
    private final OrganisationService organisations;
    private final ObjectMapper json;

    VerificationResource(Tenant tenant, EvidencePackageService packages, IndicatorService indicators,
            ReportService reports, OrganisationService organisations, ObjectMapper json) {
        this.tenant = tenant;
        this.packages = packages;
        this.indicators = indicators;
        this.reports = reports;
        this.organisations = organisations;
        this.json = json;
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
        // Built before answering, inside the request's persistence context; evidence files are 10 MiB at most each.
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        zip(out, a, evidence);
        return Response.ok(out.toByteArray(), ZIP).header("Content-Disposition", "attachment; filename=\"verification-"
                + evidence.verification().periodFrom().getYear() + "-" + evidence.verification().periodTo().getYear()
                + ".zip\"").build();
    }

    /** evidence.json, the attached evidence files under preuves/, and each year's report as PDF under rapports/. */
    private void zip(OutputStream stream, OrgAccess a, EvidencePackage evidence) {
        try (ZipOutputStream zip = new ZipOutputStream(stream)) {
            zip.putNextEntry(new ZipEntry("evidence.json"));
            zip.write(json.writerWithDefaultPrettyPrinter().writeValueAsBytes(evidence));
            zip.closeEntry();
            for (EvidencePackage.IndicatorEvidence i : evidence.indicators()) {
                for (MeasurementView m : i.trail()) {
                    if (m.evidenceFile() != null) {
                        IndicatorService.Evidence file = indicators.evidence(a, m.id());
                        zip.putNextEntry(new ZipEntry("preuves/" + m.id() + "-" + file.filename().replaceAll("[/\\\\]", "_")));
                        zip.write(file.data());
                        zip.closeEntry();
                    }
                }
            }
            for (int year : VerificationService.years(evidence.verification())) {
                zip.putNextEntry(new ZipEntry("rapports/rapport-de-mission-" + year + ".pdf"));
                zip.write(PdfRenderer.render(MissionReportDocument.of(reports.report(a, evidence.organisation(), year),
                        java.util.Locale.FRENCH)));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
