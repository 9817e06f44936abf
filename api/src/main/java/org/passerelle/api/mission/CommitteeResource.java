package org.passerelle.api.mission;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
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
import org.passerelle.api.http.PageResponse;
import org.passerelle.api.security.CurrentCaller;
import org.passerelle.mission.committee.CommitteeMemberData;
import org.passerelle.mission.committee.CommitteeMemberView;
import org.passerelle.mission.committee.CommitteeService;
import org.passerelle.mission.committee.CommitteeView;
import org.passerelle.mission.committee.MeetingData;
import org.passerelle.mission.committee.MeetingView;

import io.quarkus.security.Authenticated;

@Path(MissionPaths.PATH + "/committee")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = CommitteeResource.TAG, description = "The comité de mission (or référent): members, terms, meetings and minutes")
@SecurityRequirement(name = ApiTags.SECURITY_SCHEME)
public class CommitteeResource {

    static final String TAG = "Mission: committee";

    private final CurrentCaller caller;
    private final CommitteeService committee;

    CommitteeResource(CurrentCaller caller, CommitteeService committee) {
        this.caller = caller;
        this.committee = committee;
    }

    @GET
    @Operation(operationId = "getCommittee", summary = "The committee sitting on a day, the year's meeting count against three, and what the law asks that is missing")
    public CommitteeView composition(@PathParam("org") String org,
            @Parameter(description = "Day, YYYY-MM-DD (default: today)") @QueryParam("on") LocalDate on) {
        return committee.composition(caller.in(org), on);
    }

    @GET
    @Path("/members")
    @Operation(operationId = "listCommitteeMembers", summary = "Every seat ever held, current ones first")
    public PageResponse<CommitteeMemberView> members(@PathParam("org") String org) {
        return PageResponse.all(committee.members(caller.in(org)));
    }

    @POST
    @Path("/members")
    @Idempotent
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = CommitteeMemberView.class)))
    @Operation(operationId = "appointCommitteeMember", summary = "Appoint a member: a person of the organisation (personId) or an external one with a bio (admins)")
    public RestResponse<CommitteeMemberView> appoint(@PathParam("org") String org, @NotNull @Valid CommitteeMemberData body) {
        CommitteeMemberView created = committee.appoint(caller.in(org), body);
        return ETags.createdAt(MissionPaths.base(org) + "/committee/members/" + created.id(), created, created.version());
    }

    @GET
    @Path("/members/{memberId}")
    @Operation(operationId = "getCommitteeMember", summary = "Read a committee seat")
    public RestResponse<CommitteeMemberView> member(@PathParam("org") String org, @PathParam("memberId") UUID id) {
        CommitteeMemberView view = committee.member(caller.in(org), id);
        return ETags.tagged(view, view.version());
    }

    @PUT
    @Path("/members/{memberId}")
    @Operation(operationId = "updateCommitteeMember", summary = "Replace a seat: role, bio, employee flag, term (admins)")
    public RestResponse<CommitteeMemberView> update(@PathParam("org") String org, @PathParam("memberId") UUID id,
            @HeaderParam("If-Match") String ifMatch, @NotNull @Valid CommitteeMemberData body) {
        CommitteeMemberView view = committee.update(caller.in(org), id, ETags.expectedVersion(ifMatch), body);
        return ETags.tagged(view, view.version());
    }

    @DELETE
    @Path("/members/{memberId}")
    @Operation(operationId = "removeCommitteeMember", summary = "Remove a seat entered by mistake; end the term instead when a member leaves (admins)")
    public void remove(@PathParam("org") String org, @PathParam("memberId") UUID id,
            @HeaderParam("If-Match") String ifMatch) {
        committee.remove(caller.in(org), id, ETags.expectedVersion(ifMatch));
    }

    @GET
    @Path("/meetings")
    @Operation(operationId = "listCommitteeMeetings", summary = "Meetings, newest first, or those of one year in date order")
    public PageResponse<MeetingView> meetings(@PathParam("org") String org,
            @Parameter(description = "Calendar year") @QueryParam("year") @Min(2000) @Max(2200) Integer year) {
        return PageResponse.all(committee.meetings(caller.in(org), year));
    }

    @POST
    @Path("/meetings")
    @Idempotent
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = MeetingView.class)))
    @Operation(operationId = "createCommitteeMeeting", summary = "Record a meeting: date, agenda, attendees, minutes, decisions (admins)")
    public RestResponse<MeetingView> record(@PathParam("org") String org, @NotNull @Valid MeetingData body) {
        MeetingView created = committee.record(caller.in(org), body);
        return ETags.createdAt(MissionPaths.base(org) + "/committee/meetings/" + created.id(), created, created.version());
    }

    @GET
    @Path("/meetings/{meetingId}")
    @Operation(operationId = "getCommitteeMeeting", summary = "Read a meeting and its minutes")
    public RestResponse<MeetingView> meeting(@PathParam("org") String org, @PathParam("meetingId") UUID id) {
        MeetingView view = committee.meeting(caller.in(org), id);
        return ETags.tagged(view, view.version());
    }

    @PUT
    @Path("/meetings/{meetingId}")
    @Operation(operationId = "updateCommitteeMeeting", summary = "Replace a meeting's record (admins)")
    public RestResponse<MeetingView> updateMeeting(@PathParam("org") String org, @PathParam("meetingId") UUID id,
            @HeaderParam("If-Match") String ifMatch, @NotNull @Valid MeetingData body) {
        MeetingView view = committee.update(caller.in(org), id, ETags.expectedVersion(ifMatch), body);
        return ETags.tagged(view, view.version());
    }

    @DELETE
    @Path("/meetings/{meetingId}")
    @Operation(operationId = "deleteCommitteeMeeting", summary = "Delete a meeting's record (admins)")
    public void deleteMeeting(@PathParam("org") String org, @PathParam("meetingId") UUID id,
            @HeaderParam("If-Match") String ifMatch) {
        committee.deleteMeeting(caller.in(org), id, ETags.expectedVersion(ifMatch));
    }
}
