package org.passerelle.api.mission;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.passerelle.api.ApiTags;
import org.passerelle.api.http.ETags;
import org.passerelle.api.http.Idempotent;
import org.passerelle.api.http.IfMatch;
import org.passerelle.api.http.PageResponse;
import org.passerelle.api.security.Tenant;
import org.passerelle.mission.committee.CommitteeMemberData;
import org.passerelle.mission.committee.CommitteeMemberView;
import org.passerelle.mission.committee.CommitteeService;
import org.passerelle.mission.committee.CommitteeView;

import io.quarkus.security.Authenticated;

@Path(MissionPaths.PATH + "/committee")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = CommitteeResource.TAG, description = "The comité de mission (or référent): members, terms, meetings and minutes")
@SecurityRequirement(name = ApiTags.SECURITY_SCHEME)
public class CommitteeResource {

    static final String TAG = "Mission: committee";

    private final Tenant tenant;
    private final CommitteeService committee;

    CommitteeResource(Tenant tenant, CommitteeService committee) {
        this.tenant = tenant;
        this.committee = committee;
    }

    @GET
    @Operation(operationId = "getCommittee", summary = "The committee sitting on a day, the year's meeting count against three, and what the law asks that is missing")
    public CommitteeView composition(@Parameter(description = "Day, YYYY-MM-DD (default: today)") @QueryParam("on") LocalDate on) {
        return committee.composition(tenant.access(), on);
    }

    @GET
    @Path("/members")
    @Operation(operationId = "listCommitteeMembers", summary = "Every seat ever held, current ones first")
    public PageResponse<CommitteeMemberView> members() {
        return PageResponse.all(committee.members(tenant.access()));
    }

    @POST
    @Path("/members")
    @Idempotent
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = CommitteeMemberView.class)))
    @Operation(operationId = "appointCommitteeMember", summary = "Appoint a member: a person of the organisation (personId) or an external one with a bio (admins)")
    public RestResponse<CommitteeMemberView> appoint(@NotNull @Valid CommitteeMemberData body) {
        CommitteeMemberView created = committee.appoint(tenant.access(), body);
        return ETags.created(tenant.location("mission/committee/members", created.id()), created);
    }

    @GET
    @Path("/members/{memberId}")
    @Operation(operationId = "getCommitteeMember", summary = "Read a committee seat")
    public RestResponse<CommitteeMemberView> member(@PathParam("memberId") UUID id) {
        CommitteeMemberView view = committee.member(tenant.access(), id);
        return ETags.tagged(view);
    }

    @PUT
    @Path("/members/{memberId}")
    @Operation(operationId = "updateCommitteeMember", summary = "Replace a seat: role, bio, employee flag, term (admins)")
    public RestResponse<CommitteeMemberView> update(@PathParam("memberId") UUID id,
            @BeanParam IfMatch ifMatch, @NotNull @Valid CommitteeMemberData body) {
        CommitteeMemberView view = committee.update(tenant.access(), id, ifMatch.version(), body);
        return ETags.tagged(view);
    }

    @DELETE
    @Path("/members/{memberId}")
    @Operation(operationId = "removeCommitteeMember", summary = "Remove a seat entered by mistake; end the term instead when a member leaves (admins)")
    public void remove(@PathParam("memberId") UUID id,
            @BeanParam IfMatch ifMatch) {
        committee.remove(tenant.access(), id, ifMatch.version());
    }
}
