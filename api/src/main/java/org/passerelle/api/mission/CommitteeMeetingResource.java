package org.passerelle.api.mission;

import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
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
import org.passerelle.mission.committee.CommitteeService;
import org.passerelle.mission.committee.MeetingData;
import org.passerelle.mission.committee.MeetingView;

import io.quarkus.security.Authenticated;

/**
 * The committee's meetings and their minutes.
 */
@Path(MissionPaths.PATH + "/committee")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = CommitteeResource.TAG)
@SecurityRequirement(name = ApiTags.SECURITY_SCHEME)
public class CommitteeMeetingResource {

    private final Tenant tenant;
    private final CommitteeService committee;

    CommitteeMeetingResource(Tenant tenant, CommitteeService committee) {
        this.tenant = tenant;
        this.committee = committee;
    }

    @GET
    @Path("/meetings")
    @Operation(operationId = "listCommitteeMeetings", summary = "Meetings, newest first, or those of one year in date order")
    public PageResponse<MeetingView> meetings(@Parameter(description = "Calendar year") @QueryParam("year") @Min(2000) @Max(2200) Integer year) {
        return PageResponse.all(committee.meetings(tenant.access(), year));
    }

    @POST
    @Path("/meetings")
    @Idempotent
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = MeetingView.class)))
    @Operation(operationId = "createCommitteeMeeting", summary = "Record a meeting: date, agenda, attendees, minutes, decisions (admins)")
    public RestResponse<MeetingView> record(@NotNull @Valid MeetingData body) {
        MeetingView created = committee.record(tenant.access(), body);
        return ETags.created(tenant.location("mission/committee/meetings", created.id()), created);
    }

    @GET
    @Path("/meetings/{meetingId}")
    @Operation(operationId = "getCommitteeMeeting", summary = "Read a meeting and its minutes")
    public RestResponse<MeetingView> meeting(@PathParam("meetingId") UUID id) {
        MeetingView view = committee.meeting(tenant.access(), id);
        return ETags.tagged(view);
    }

    @PUT
    @Path("/meetings/{meetingId}")
    @Operation(operationId = "updateCommitteeMeeting", summary = "Replace a meeting's record (admins)")
    public RestResponse<MeetingView> updateMeeting(@PathParam("meetingId") UUID id,
            @BeanParam IfMatch ifMatch, @NotNull @Valid MeetingData body) {
        MeetingView view = committee.update(tenant.access(), id, ifMatch.version(), body);
        return ETags.tagged(view);
    }

    @DELETE
    @Path("/meetings/{meetingId}")
    @Operation(operationId = "deleteCommitteeMeeting", summary = "Delete a meeting's record (admins)")
    public void deleteMeeting(@PathParam("meetingId") UUID id,
            @BeanParam IfMatch ifMatch) {
        committee.deleteMeeting(tenant.access(), id, ifMatch.version());
    }
}
