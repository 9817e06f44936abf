package org.passerelle.api.inclusion;

import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.passerelle.api.ApiTags;
import org.passerelle.api.http.ETags;
import org.passerelle.api.http.IfMatch;
import org.passerelle.api.security.Tenant;
import org.passerelle.inclusion.equipment.LoanService;
import org.passerelle.inclusion.equipment.LoanStepData;
import org.passerelle.inclusion.equipment.LoanView;

import io.quarkus.security.Authenticated;

/**
 * A loan's way: active → completed → transferred (the device is the beneficiary's), or active → abandoned →
 * returned (the device is back in stock). Each step is optionally dated and annotated.
 */
@Path(InclusionPaths.PATH + "/loans/{loanId}")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = InclusionPaths.EQUIPMENT_TAG)
@SecurityRequirement(name = ApiTags.SECURITY_SCHEME)
public class LoanStepResource {

    private final Tenant tenant;
    private final LoanService loans;

    LoanStepResource(Tenant tenant, LoanService loans) {
        this.tenant = tenant;
        this.loans = loans;
    }

    @POST
    @Path("/complete")
    @Operation(operationId = "completeLoan", summary = "Record the path completed: refused (409) while an enrolment of it is not completed (admins and agents)")
    public RestResponse<LoanView> complete(@PathParam("loanId") UUID loanId, @BeanParam IfMatch ifMatch,
            @Valid LoanStepData body) {
        return ETags.tagged(loans.complete(tenant.access(), loanId, ifMatch.version(), body));
    }

    @POST
    @Path("/transfer")
    @Operation(operationId = "giveLoanItem", summary = "Grant the device to the beneficiary once the path is completed (admins and agents)")
    public RestResponse<LoanView> transfer(@PathParam("loanId") UUID loanId, @BeanParam IfMatch ifMatch,
            @Valid LoanStepData body) {
        return ETags.tagged(loans.transfer(tenant.access(), loanId, ifMatch.version(), body));
    }

    @POST
    @Path("/abandon")
    @Operation(operationId = "dropLoan", summary = "Record the path given up: the device is to come back (admins and agents)")
    public RestResponse<LoanView> abandon(@PathParam("loanId") UUID loanId, @BeanParam IfMatch ifMatch,
            @Valid LoanStepData body) {
        return ETags.tagged(loans.abandon(tenant.access(), loanId, ifMatch.version(), body));
    }

    @POST
    @Path("/return")
    @Operation(operationId = "takeBackLoanItem", summary = "Take the device of an abandoned loan back to stock (admins and agents)")
    public RestResponse<LoanView> giveBack(@PathParam("loanId") UUID loanId, @BeanParam IfMatch ifMatch,
            @Valid LoanStepData body) {
        return ETags.tagged(loans.giveBack(tenant.access(), loanId, ifMatch.version(), body));
    }
}
