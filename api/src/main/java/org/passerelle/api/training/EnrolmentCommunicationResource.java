package org.passerelle.api.training;

import java.util.UUID;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.passerelle.api.ApiTags;
import org.passerelle.api.http.PageResponse;
import org.passerelle.api.security.Tenant;
import org.passerelle.training.communication.CommunicationView;
import org.passerelle.training.communication.Communications;

import io.quarkus.security.Authenticated;

/** What was mailed to a learner about an enrolment: convocation, reminder, survey invitations, certificate. */
@Path("/api/v1/orgs/{org}/training")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = EnrolmentResource.TAG)
@SecurityRequirement(name = ApiTags.SECURITY_SCHEME)
public class EnrolmentCommunicationResource {

    private final Tenant tenant;
    private final Communications communications;

    EnrolmentCommunicationResource(Tenant tenant, Communications communications) {
        this.tenant = tenant;
        this.communications = communications;
    }

    @GET
    @Path("/enrolments/{enrolmentId}/communications")
    @Operation(operationId = "listEnrolmentCommunications", summary = "The enrolment's send log: each e-mail sent, queued or failed, with its times (staff, its learner)")
    public PageResponse<CommunicationView> list(@PathParam("enrolmentId") UUID enrolmentId) {
        return PageResponse.all(communications.log(tenant.access(), enrolmentId));
    }
}
