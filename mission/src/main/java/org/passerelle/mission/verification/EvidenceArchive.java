package org.passerelle.mission.verification;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import jakarta.enterprise.context.ApplicationScoped;

import org.passerelle.core.access.OrgAccess;
import org.passerelle.core.document.PdfRenderer;
import org.passerelle.mission.indicator.IndicatorService;
import org.passerelle.mission.indicator.MeasurementView;
import org.passerelle.mission.report.MissionReportDocument;
import org.passerelle.mission.report.ReportService;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The evidence package as a ZIP written straight to the response: {@code evidence.json}, the attached evidence
 * files under {@code preuves/}, each covered year's report as PDF under {@code rapports/}. Files are read and
 * written one at a time, so the archive is never held in memory. The package is built (and the caller's rights
 * checked) before the first byte is written, by {@link EvidencePackageService}.
 */
@ApplicationScoped
public class EvidenceArchive {

    public static final String MEDIA_TYPE = "application/zip";

    private final IndicatorService indicators;
    private final ReportService reports;
    private final ObjectMapper json;

    EvidenceArchive(IndicatorService indicators, ReportService reports, ObjectMapper json) {
        this.indicators = indicators;
        this.reports = reports;
        this.json = json;
    }

    /** {@code verification-2024-2025.zip}: the years the cycle covers. */
    public static String filename(EvidencePackage evidence) {
        return "verification-" + evidence.verification().periodFrom().getYear() + "-"
                + evidence.verification().periodTo().getYear() + ".zip";
    }

    public void write(OrgAccess caller, EvidencePackage evidence, OutputStream out) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("evidence.json"));
            json.writerWithDefaultPrettyPrinter().without(JsonGenerator.Feature.AUTO_CLOSE_TARGET).writeValue(zip, evidence);
            zip.closeEntry();
            for (EvidencePackage.IndicatorEvidence i : evidence.indicators()) {
                for (MeasurementView m : i.trail()) {
                    if (m.evidenceFile() != null) {
                        zip.putNextEntry(new ZipEntry("preuves/" + m.id() + "-" + m.evidenceFile().replaceAll("[/\\\\]", "_")));
                        zip.write(indicators.evidenceData(caller.orgId(), m.id()));
                        zip.closeEntry();
                    }
                }
            }
            for (int year : VerificationService.years(evidence.verification())) {
                zip.putNextEntry(new ZipEntry("rapports/rapport-de-mission-" + year + ".pdf"));
                PdfRenderer.render(MissionReportDocument.of(reports.report(caller, evidence.organisation(), year),
                        Locale.FRENCH), zip);
                zip.closeEntry();
            }
        }
    }
}
