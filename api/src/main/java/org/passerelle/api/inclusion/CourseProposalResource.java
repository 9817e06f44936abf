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
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.passerelle.api.ApiTags;
import org.passerelle.api.http.ETags;
import org.passerelle.api.http.IfMatch;
import org.passerelle.api.http.PageResponse;
import org.passerelle.api.security.Tenant;
import org.passerelle.inclusion.diagnostic.AcceptProposal;
import org.passerelle.inclusion.diagnostic.CourseCompetences;
import org.passerelle.inclusion.diagnostic.CourseProposalView;
import org.passerelle.inclusion.diagnostic.ProposalService;

import io.quarkus.security.Authenticated;

/**
 * The after-diagnostic: which catalogue courses develop which competences, the courses proposed to each
 * participant for its weakest competences, and the training enrolment a proposal turns into.
 */
@Path(DiagnosticPaths.PATH)
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = DiagnosticPaths.TAG, description = DiagnosticPaths.TAG_DESCRIPTION)
@SecurityRequirement(name = ApiTags.SECURITY_SCHEME)
public class CourseProposalResource {

    private final Tenant tenant;
    private final ProposalService proposals;

    CourseProposalResource(Tenant tenant, ProposalService proposals) {
        this.tenant = tenant;
        this.proposals = proposals;
    }

    @GET
    @Path("/course-competences")
    @Operation(operationId = "listCourseCompetences", summary = "The catalogue courses mapped to competences of the framework")
    public PageResponse<CourseCompetences> mapping() {
        return PageResponse.all(proposals.mapping(tenant.access()));
    }

    @POST
    @Path("/course-competences")
    @Operation(operationId = "replaceCourseCompetences", summary = "Set the competences a catalogue course develops; an empty list unmaps it (staff)")
    public CourseCompetences map(@NotNull @Valid CourseCompetences body) {
        return proposals.map(tenant.access(), body);
    }

    @GET
    @Path("/campaigns/{campaignId}/proposals")
    @Operation(operationId = "listCourseProposals", summary = "The courses proposed to each participant, with their open sessions and, once accepted, the enrolment")
    public PageResponse<CourseProposalView> list(@PathParam("campaignId") UUID campaignId) {
        return PageResponse.all(proposals.proposals(tenant.access(), campaignId));
    }

    @POST
    @Path("/campaigns/{campaignId}/proposals")
    @Operation(operationId = "computeCourseProposals", summary = "Compute the proposals anew from the results: mapped courses for each participant's three weakest competences below level 3 (accepted ones stay)")
    public PageResponse<CourseProposalView> propose(@PathParam("campaignId") UUID campaignId) {
        return PageResponse.all(proposals.propose(tenant.access(), campaignId));
    }

    @POST
    @Path("/campaigns/{campaignId}/proposals/{proposalId}/accept")
    @Operation(operationId = "acceptCourseProposal", summary = "Turn a proposal into a training enrolment into one of its open sessions, through training's enrolment rules")
    public RestResponse<CourseProposalView> accept(@PathParam("campaignId") UUID campaignId,
            @PathParam("proposalId") UUID proposalId, @BeanParam IfMatch ifMatch, @NotNull @Valid AcceptProposal body) {
        return ETags.tagged(proposals.accept(tenant.access(), campaignId, proposalId, ifMatch.version(), body));
    }
}
