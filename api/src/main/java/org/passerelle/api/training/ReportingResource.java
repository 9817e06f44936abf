package org.passerelle.api.training;

import java.time.LocalDate;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
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
import org.passerelle.api.http.CsvDownload;
import org.passerelle.api.http.CsvOptions;
import org.passerelle.api.security.Tenant;
import org.passerelle.core.access.OrgAccess;
import org.passerelle.core.indicator.Period;
import org.passerelle.training.bpf.Bpf;
import org.passerelle.training.bpf.BpfService;
import org.passerelle.training.export.TrainingExport;

import io.quarkus.security.Authenticated;

/** The BPF of a fiscal year, and enrolment and attendance lists as CSV for spreadsheets and partners. */
@Path("/api/v1/orgs/{org}/training")
@Authenticated
@Tag(name = ReportingResource.TAG, description = "The bilan pédagogique et financier (cerfa 10443), CSV exports of enrolments and attendance")
@SecurityRequirement(name = ApiTags.SECURITY_SCHEME)
public class ReportingResource {

    static final String TAG = "Training: BPF and exports";
    private static final String CSV = CsvDownload.CSV;

    private final Tenant tenant;
    private final BpfService bpf;
    private final TrainingExport exports;

    ReportingResource(Tenant tenant, BpfService bpf, TrainingExport exports) {
        this.tenant = tenant;
        this.bpf = bpf;
        this.exports = exports;
    }

    @GET
    @Path("/bpf/{year}")
    @Produces({ MediaType.APPLICATION_JSON, CSV })
    @Operation(operationId = "getBpf", summary = "The BPF's figures for a fiscal year: sections C, E, F-1, F-3, F-4 (JSON, or CSV with ?format=csv or Accept: text/csv)")
    @APIResponse(responseCode = "200", description = "The figures", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Bpf.class)),
            @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING)) })
    public Response bpf(@PathParam("year") @Min(2000) @Max(2200) int year,
            @Parameter(description = "json or csv (default: from Accept, else json)") @QueryParam("format") @Pattern(regexp = "json|csv") String format,
            @Valid @BeanParam CsvOptions csvOptions, @Context HttpHeaders headers) {
        OrgAccess a = tenant.access();
        Bpf figures = bpf.of(a, year);
        boolean csv = format == null ? headers.getAcceptableMediaTypes().stream()
                .anyMatch(t -> CSV.equals(t.getType() + "/" + t.getSubtype())) : "csv".equals(format);
        if (!csv) {
            return Response.ok(figures, MediaType.APPLICATION_JSON).build();
        }
        return CsvDownload.of(BpfService.table(figures), csvOptions, a.zone(), "bpf-" + year);
    }

    @GET
    @Path("/bpf/{year}/records")
    @Produces(CSV)
    @Operation(operationId = "exportBpfRecords", summary = "The enrolments behind the BPF's figures, one a line with their classification, price and hours (streamed)")
    @APIResponse(responseCode = "200", description = "CSV with a header line, in the chosen dialect", content = @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING)))
    public Response bpfRecords(@PathParam("year") @Min(2000) @Max(2200) int year,
            @Valid @BeanParam CsvOptions csv) {
        OrgAccess a = tenant.access();
        return CsvDownload.of(bpf.records(a, year), csv, a.zone(), "bpf-" + year + "-records");
    }

    @GET
    @Path("/exports/enrolments")
    @Produces(CSV)
    @Operation(operationId = "exportEnrolments", summary = "Enrolments of the sessions starting in the period, as CSV streamed from the database (staff, auditor)")
    @APIResponse(responseCode = "200", description = "CSV with a header line, in the chosen dialect", content = @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING)))
    public Response enrolments(@Parameter(description = "Calendar year (default: the current one) unless from/to are given") @QueryParam("year") @Min(2000) @Max(2200) Integer year,
            @Parameter(description = "First day, YYYY-MM-DD") @QueryParam("from") LocalDate from,
            @Parameter(description = "Last day, YYYY-MM-DD") @QueryParam("to") LocalDate to,
            @Valid @BeanParam CsvOptions csv) {
        OrgAccess a = tenant.access();
        return CsvDownload.of(exports.enrolments(a, period(a, year, from, to)), csv, a.zone(), "enrolments");
    }

    @GET
    @Path("/exports/attendance")
    @Produces(CSV)
    @Operation(operationId = "exportAttendance", summary = "Attendance lines of the sessions starting in the period, with the minutes counted, as CSV streamed from the database (staff, auditor)")
    @APIResponse(responseCode = "200", description = "CSV with a header line, in the chosen dialect", content = @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING)))
    public Response attendance(@Parameter(description = "Calendar year (default: the current one) unless from/to are given") @QueryParam("year") @Min(2000) @Max(2200) Integer year,
            @Parameter(description = "First day, YYYY-MM-DD") @QueryParam("from") LocalDate from,
            @Parameter(description = "Last day, YYYY-MM-DD") @QueryParam("to") LocalDate to,
            @Valid @BeanParam CsvOptions csv) {
        OrgAccess a = tenant.access();
        return CsvDownload.of(exports.attendance(a, period(a, year, from, to)), csv, a.zone(), "attendance");
    }

    private static Period period(OrgAccess a, Integer year, LocalDate from, LocalDate to) {
        return from != null || to != null ? new Period(from, to)
                : Period.year(year == null ? LocalDate.now(a.zone()).getYear() : year);
    }

}
