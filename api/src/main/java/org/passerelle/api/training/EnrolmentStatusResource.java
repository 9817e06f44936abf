package org.passerelle.api.training;

import java.util.UUID;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.passerelle.api.ApiTags;
import org.passerelle.api.http.ETags;
import org.passerelle.api.http.IfMatch;
import org.passerelle.api.security.Tenant;
import org.passerelle.training.enrolment.EnrolmentService;
import org.passerelle.training.enrolment.EnrolmentView;

import io.quarkus.security.Authenticated;

/**
 * An enrolment's way through its statuses: confirmed, dropped, rejected, completed, no-show.
 */
@Path("/api/v1/orgs/{org}/training")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = EnrolmentResource.TAG)
@SecurityRequirement(name = ApiTags.SECURITY_SCHEME)
public class EnrolmentStatusResource {

    private final Tenant tenant;
    private final EnrolmentService enrolments;

    EnrolmentStatusResource(Tenant tenant, EnrolmentService enrolments) {
        this.tenant = tenant;
        this.enrolments = enrolments;
    }

    @POST
    @Path("/enrolments/{enrolmentId}/confirm")
    @Operation(operationId = "confirmEnrolment", summary = "Confirm a selected place (the learner or staff)")
    public RestResponse<EnrolmentView> confirm(@PathParam("enrolmentId") UUID enrolmentId,
            @BeanParam IfMatch ifMatch) {
        EnrolmentView view = enrolments.confirm(tenant.access(), enrolmentId, ifMatch.version());
        return ETags.tagged(view);
    }

    @POST
    @Path("/enrolments/{enrolmentId}/drop")
    @Operation(operationId = "dropEnrolment", summary = "Withdraw (the learner or staff); the freed seat goes to the waitlist in order")
    public RestResponse<EnrolmentView> drop(@PathParam("enrolmentId") UUID enrolmentId,
            @BeanParam IfMatch ifMatch) {
        EnrolmentView view = enrolments.drop(tenant.access(), enrolmentId, ifMatch.version());
        return ETags.tagged(view);
    }

    @POST
    @Path("/enrolments/{enrolmentId}/reject")
    @Operation(operationId = "rejectEnrolment", summary = "Turn an application down (admins and agents); a freed seat goes to the waitlist")
    public RestResponse<EnrolmentView> reject(@PathParam("enrolmentId") UUID enrolmentId,
            @BeanParam IfMatch ifMatch) {
        EnrolmentView view = enrolments.reject(tenant.access(), enrolmentId, ifMatch.version());
        return ETags.tagged(view);
    }

    @POST
    @Path("/enrolments/{enrolmentId}/complete")
    @Operation(operationId = "completeEnrolment", summary = "The learner went through to the end (staff, or a trainer of the session)")
    public RestResponse<EnrolmentView> complete(@PathParam("enrolmentId") UUID enrolmentId,
            @BeanParam IfMatch ifMatch) {
        EnrolmentView view = enrolments.complete(tenant.access(), enrolmentId, ifMatch.version());
        return ETags.tagged(view);
    }

    @POST
    @Path("/enrolments/{enrolmentId}/no-show")
    @Operation(operationId = "markNoShow", summary = "The learner never came (staff, or a trainer of the session)")
    public RestResponse<EnrolmentView> noShow(@PathParam("enrolmentId") UUID enrolmentId,
            @BeanParam IfMatch ifMatch) {
        EnrolmentView view = enrolments.noShow(tenant.access(), enrolmentId, ifMatch.version());
        return ETags.tagged(view);
    }
}
