package org.passerelle.api.training;

import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
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
import org.passerelle.api.ApiTags;
import org.passerelle.api.http.Documents;
import org.passerelle.api.http.PageResponse;
import org.passerelle.api.security.Tenant;
import org.passerelle.core.access.OrgAccess;
import org.passerelle.core.persistence.Instants;
import org.passerelle.training.attendance.AttendanceService;
import org.passerelle.training.attendance.AttendanceView;
import org.passerelle.training.attendance.SlotMarks;
import org.passerelle.training.certificate.AttendanceSheetService;

import io.quarkus.security.Authenticated;

/**
 * The émargement of a session: trainers mark and counter-sign, learners sign themselves while the half-day is
 * on. A trainer reaches only the sessions it teaches; staff all of them.
 */
@Path("/api/v1/orgs/{org}/training/sessions/{sessionId}")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = AttendanceResource.TAG, description = "Attendance per half-day: self-signature, trainer marking and counter-signature, the attendance sheet")
@SecurityRequirement(name = ApiTags.SECURITY_SCHEME)
public class AttendanceResource {

    static final String TAG = "Training: attendance";

    private final Tenant tenant;
    private final AttendanceService attendance;
    private final AttendanceSheetService sheets;

    AttendanceResource(Tenant tenant, AttendanceService attendance, AttendanceSheetService sheets) {
        this.tenant = tenant;
        this.attendance = attendance;
        this.sheets = sheets;
    }

    @GET
    @Path("/attendance")
    @Produces({ MediaType.APPLICATION_JSON, Documents.PDF, MediaType.TEXT_HTML, Documents.MARKDOWN })
    @Operation(operationId = "getAttendanceSheet", summary = "The attendance lines, or the attendance sheet as PDF, HTML or Markdown (staff, auditor, the session's trainers)")
    @APIResponse(responseCode = "200", description = "The lines, or the sheet", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "PageResponseAttendanceView")),
            @Content(mediaType = Documents.PDF, schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = MediaType.TEXT_HTML, schema = @Schema(type = SchemaType.STRING)),
            @Content(mediaType = Documents.MARKDOWN, schema = @Schema(type = SchemaType.STRING)) })
    public Response sheet(@PathParam("sessionId") UUID sessionId,
            @Parameter(description = "json (default), pdf, html or md") @QueryParam("format") @Pattern(regexp = "json|pdf|html|md") String format,
            @Parameter(description = "fr (default) or en") @QueryParam("lang") @Pattern(regexp = "fr|en") String lang,
            @Context HttpHeaders headers) {
        OrgAccess a = tenant.access();
        return Documents.respond(format, lang, headers, () -> PageResponse.all(attendance.sheet(a, sessionId)),
                locale -> sheets.sheet(a, sessionId, locale), "emargement-" + sessionId,
                "attendance-" + sessionId);
    }

    @PUT
    @Path("/slots/{slotId}/attendance")
    @Operation(operationId = "markAttendance", summary = "Mark learners present, absent or excused for a half-day that has begun, with minutes connected when remote (the session's trainers, admins, agents)")
    public PageResponse<AttendanceView> mark(@PathParam("sessionId") UUID sessionId,
            @PathParam("slotId") UUID slotId, @NotNull @Valid SlotMarks body) {
        return PageResponse.all(attendance.mark(tenant.access(), sessionId, slotId, Instants.now(), body));
    }

    @POST
    @Path("/slots/{slotId}/signature")
    @Operation(operationId = "signSlot", summary = "The learner signs itself present, from 15 minutes before the half-day to its end")
    public AttendanceView sign(@PathParam("sessionId") UUID sessionId,
            @PathParam("slotId") UUID slotId) {
        return attendance.sign(tenant.access(), sessionId, slotId, Instants.now());
    }

    @POST
    @Path("/slots/{slotId}/countersignature")
    @Operation(operationId = "countersignSlot", summary = "A trainer of the session counter-signs the half-day: its lines are final")
    public PageResponse<AttendanceView> countersign(@PathParam("sessionId") UUID sessionId,
            @PathParam("slotId") UUID slotId) {
        return PageResponse.all(attendance.countersign(tenant.access(), sessionId, slotId, Instants.now()));
    }
}
