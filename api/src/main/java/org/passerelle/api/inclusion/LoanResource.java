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
import jakarta.ws.rs.QueryParam;
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
import org.passerelle.api.http.DocumentQuery;
import org.passerelle.api.http.Documents;
import org.passerelle.api.http.ETags;
import org.passerelle.api.http.Idempotent;
import org.passerelle.api.http.PageResponse;
import org.passerelle.api.security.Tenant;
import org.passerelle.core.access.OrgAccess;
import org.passerelle.inclusion.equipment.FollowUpSheet;
import org.passerelle.inclusion.equipment.LoanData;
import org.passerelle.inclusion.equipment.LoanService;
import org.passerelle.inclusion.equipment.LoanStatus;
import org.passerelle.inclusion.equipment.LoanView;

import io.quarkus.security.Authenticated;

/** Devices lent to beneficiaries for a training path, and the beneficiary's follow-up sheet. */
@Path(InclusionPaths.PATH + "/loans")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = InclusionPaths.EQUIPMENT_TAG)
@SecurityRequirement(name = ApiTags.SECURITY_SCHEME)
public class LoanResource {

    private final Tenant tenant;
    private final LoanService loans;
    private final FollowUpSheet sheets;

    LoanResource(Tenant tenant, LoanService loans, FollowUpSheet sheets) {
        this.tenant = tenant;
        this.loans = loans;
        this.sheets = sheets;
    }

    @GET
    @Operation(operationId = "listLoans", summary = "Loans, latest first: all for admins and agents, those of the beneficiaries its structure referred for a structure's contact")
    public PageResponse<LoanView> list(
            @Parameter(description = "Only this beneficiary's loans") @QueryParam("beneficiaryId") UUID beneficiaryId,
            @Parameter(description = "Only loans in this status") @QueryParam("status") LoanStatus status) {
        return PageResponse.all(loans.list(tenant.access(), beneficiaryId, status));
    }

    @POST
    @Idempotent
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = LoanView.class)))
    @Operation(operationId = "createLoan", summary = "Lend a device in stock to a beneficiary who signed the charter, for a path of its enrolments (admins and agents)")
    public RestResponse<LoanView> lend(@NotNull @Valid LoanData body) {
        LoanView created = loans.lend(tenant.access(), body);
        return ETags.created(tenant.location("inclusion/loans", created.id()), created);
    }

    @GET
    @Path("/{loanId}")
    @Operation(operationId = "getLoan", summary = "Read a loan with its training path's progress (staff, the contact of the structure that referred the beneficiary)")
    public RestResponse<LoanView> get(@PathParam("loanId") UUID loanId) {
        return ETags.tagged(loans.get(tenant.access(), loanId));
    }

    @GET
    @Path("/{loanId}/follow-up-sheet")
    @Produces({ Documents.PDF, MediaType.TEXT_HTML, Documents.MARKDOWN })
    @Operation(operationId = "getLoanFollowUpSheet", summary = "The beneficiary's follow-up sheet: eligibility, charter, device, path progress, loan outcome (whoever reads the loan)")
    @APIResponse(responseCode = "200", description = "The follow-up sheet", content = {
            @Content(mediaType = Documents.PDF, schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = MediaType.TEXT_HTML, schema = @Schema(type = SchemaType.STRING)),
            @Content(mediaType = Documents.MARKDOWN, schema = @Schema(type = SchemaType.STRING)) })
    public Response sheet(@PathParam("loanId") UUID loanId,
            @Valid @BeanParam DocumentQuery document) {
        OrgAccess a = tenant.access();
        return document.respond(locale -> sheets.of(a, loanId, locale),
                "fiche-de-suivi-" + loanId, "follow-up-sheet-" + loanId);
    }
}
