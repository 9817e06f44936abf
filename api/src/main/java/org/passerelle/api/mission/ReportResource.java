package org.passerelle.api.mission;

import java.util.Locale;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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
import org.jboss.resteasy.reactive.RestResponse;
import org.passerelle.api.ApiTags;
import org.passerelle.api.http.Documents;
import org.passerelle.api.http.ETags;
import org.passerelle.api.http.IfMatch;
import org.passerelle.api.security.Tenant;
import org.passerelle.core.access.OrgAccess;
import org.passerelle.core.organisation.OrganisationService;
import org.passerelle.mission.report.FindingsData;
import org.passerelle.mission.report.FindingsView;
import org.passerelle.mission.report.KeyFigures;
import org.passerelle.mission.report.KeyFiguresService;
import org.passerelle.mission.report.MissionReport;
import org.passerelle.mission.report.MissionReportDocument;
import org.passerelle.mission.report.ReportService;

import io.quarkus.security.Authenticated;

@Path(MissionPaths.PATH)
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = ReportResource.TAG, description = "The yearly mission report (JSON, Markdown, HTML, PDF; French by default), its freezing, and the key-figures report")
@SecurityRequirement(name = ApiTags.SECURITY_SCHEME)
public class ReportResource {

    static final String TAG = "Mission: reports";
    private static final String FORMATS = "json|md|html|pdf";

    private final Tenant tenant;
    private final ReportService reports;
    private final KeyFiguresService keyFigures;
    private final OrganisationService organisations;

    ReportResource(Tenant tenant, ReportService reports, KeyFiguresService keyFigures,
            OrganisationService organisations) {
        this.tenant = tenant;
        this.reports = reports;
        this.keyFigures = keyFigures;
        this.organisations = organisations;
    }

    @GET
    @Path("/reports/{year}")
    @Produces({ MediaType.APPLICATION_JSON, Documents.MARKDOWN, MediaType.TEXT_HTML, Documents.PDF })
    @Operation(operationId = "getMissionReport", summary = "The year's mission report: the frozen one if approved, else built from live data now")
    @APIResponse(responseCode = "200", description = "The report", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MissionReport.class)),
            @Content(mediaType = Documents.MARKDOWN, schema = @Schema(type = SchemaType.STRING)),
            @Content(mediaType = MediaType.TEXT_HTML, schema = @Schema(type = SchemaType.STRING)),
            @Content(mediaType = Documents.PDF, schema = @Schema(type = SchemaType.STRING, format = "binary")) })
    public Response report(@PathParam("year") @Min(2000) @Max(2200) int year,
            @Parameter(description = "json, md, html or pdf (default: from Accept, else json)") @QueryParam("format") @Pattern(regexp = FORMATS) String format,
            @Parameter(description = "fr (default) or en; else from Accept-Language") @QueryParam("lang") @Pattern(regexp = "fr|en") String lang,
            @Context HttpHeaders headers) {
        OrgAccess a = tenant.access();
        MissionReport report = reports.report(a, organisations.get(a.orgId()).name(), year);
        return Documents.respond(format, lang, headers, () -> report, locale -> MissionReportDocument.of(report, locale),
                "rapport-de-mission-" + year, "mission-report-" + year);
    }

    @POST
    @Path("/reports/{year}/freeze")
    @Operation(operationId = "freezeMissionReport", summary = "Approve the year's report: computed indicators are snapshotted and the report never changes again (admins)")
    public MissionReport freeze(@PathParam("year") @Min(2000) @Max(2200) int year) {
        OrgAccess a = tenant.access();
        return reports.freeze(a, organisations.get(a.orgId()).name(), year);
    }

    @GET
    @Path("/reports/{year}/findings")
    @Operation(operationId = "getReportFindings", summary = "The year's findings")
    public RestResponse<FindingsView> findings(@PathParam("year") @Min(2000) @Max(2200) int year) {
        FindingsView view = reports.findings(tenant.access(), year);
        return ETags.tagged(view);
    }

    @PUT
    @Path("/reports/{year}/findings")
    @Operation(operationId = "recordReportFindings", summary = "Write the year's findings before the report is frozen (admins): without If-Match it creates, with the ETag read it replaces")
    public RestResponse<FindingsView> putFindings(@PathParam("year") @Min(2000) @Max(2200) int year,
            @BeanParam IfMatch ifMatch, @NotNull @Valid FindingsData body) {
        OrgAccess a = tenant.access();
        FindingsView view = reports.putFindings(a, year, ifMatch.versionIfAny(),
                body.findings());
        return ETags.tagged(view);
    }

    @GET
    @Path("/key-figures/{year}")
    @Produces({ MediaType.APPLICATION_JSON, Documents.MARKDOWN, MediaType.TEXT_HTML, Documents.PDF })
    @Operation(operationId = "getKeyFigures", summary = "The year's activity figures of every module (ticketing, training, …) from the indicator sources, in one document")
    @APIResponse(responseCode = "200", description = "The key figures", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = KeyFigures.class)),
            @Content(mediaType = Documents.MARKDOWN, schema = @Schema(type = SchemaType.STRING)),
            @Content(mediaType = MediaType.TEXT_HTML, schema = @Schema(type = SchemaType.STRING)),
            @Content(mediaType = Documents.PDF, schema = @Schema(type = SchemaType.STRING, format = "binary")) })
    public Response keyFigures(@PathParam("year") @Min(2000) @Max(2200) int year,
            @Parameter(description = "json, md, html or pdf (default: from Accept, else json)") @QueryParam("format") @Pattern(regexp = FORMATS) String format,
            @Parameter(description = "fr (default) or en; else from Accept-Language") @QueryParam("lang") @Pattern(regexp = "fr|en") String lang,
            @Context HttpHeaders headers) {
        OrgAccess a = tenant.access();
        Locale locale = Documents.language(lang, headers);
        KeyFigures figures = keyFigures.compute(a, organisations.get(a.orgId()).name(), year, locale);
        return Documents.respond(format, lang, headers, () -> figures, l -> KeyFiguresService.document(figures, l),
                "chiffres-cles-" + year, "key-figures-" + year);
    }
}
