package org.passerelle.api.training;

import java.util.UUID;

import jakarta.ws.rs.Consumes;
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
import org.passerelle.training.employer.AgentTraining;
import org.passerelle.training.employer.EmployerService;

import io.quarkus.security.Authenticated;

/**
 * The employer's view: a member structure's contact follows its agents' training (staff see any structure's).
 * The contact enrols its agents through the ordinary enrolment endpoint.
 */
@Path("/api/v1/orgs/{org}/training/members/{memberId}")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = EmployerResource.TAG, description = "A member structure's view of its agents' training, and its training agreements")
@SecurityRequirement(name = ApiTags.SECURITY_SCHEME)
public class EmployerResource {

    static final String TAG = "Training: employers";

    private final Tenant tenant;
    private final EmployerService employers;

    EmployerResource(Tenant tenant, EmployerService employers) {
        this.tenant = tenant;
        this.employers = employers;
    }

    @GET
    @Path("/agents")
    @Operation(operationId = "listEmployerAgents", summary = "The structure's agents who enrolled, each with its enrolments, half-days marked, hours attended and certificates available (staff, the structure's contact)")
    public PageResponse<AgentTraining> agents(@PathParam("memberId") UUID memberId) {
        return PageResponse.all(employers.agents(tenant.access(), memberId));
    }
}
