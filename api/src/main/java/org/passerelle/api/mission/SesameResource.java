package org.passerelle.api.mission;

import java.time.LocalDate;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.passerelle.api.ApiTags;
import org.passerelle.api.http.ETags;
import org.passerelle.api.http.Idempotent;
import org.passerelle.api.http.PageResponse;
import org.passerelle.api.security.CurrentCaller;
import org.passerelle.core.access.OrgAccess;
import org.passerelle.core.error.AccessDeniedException;
import org.passerelle.core.person.Role;
import org.passerelle.mission.committee.CommitteeMemberView;
import org.passerelle.mission.committee.CommitteeService;
import org.passerelle.mission.sesame.AnswerSheet;
import org.passerelle.mission.sesame.AnswerView;
import org.passerelle.mission.sesame.CampaignData;
import org.passerelle.mission.sesame.CampaignView;
import org.passerelle.mission.sesame.CriterionDescription;
import org.passerelle.mission.sesame.CriterionResult;
import org.passerelle.mission.sesame.SesameService;

import io.quarkus.security.Authenticated;

/**
 * The Sésame self-evaluation. Each sitting committee member answers for itself and sees only its own answers
 * while the campaign is open; the results reach the committee once it is closed (admins and the auditor follow
 * them throughout).
 */
@Path(MissionRoles.PATH + "/sesame")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = SesameResource.TAG, description = "The committee's yearly self-evaluation on the 5-criteria, 4-level Sésame grid")
@SecurityRequirement(name = ApiTags.SECURITY_SCHEME)
public class SesameResource {

    static final String TAG = "Mission: Sésame evaluation";

    private final CurrentCaller caller;
    private final SesameService sesame;
    private final CommitteeService committee;

    SesameResource(CurrentCaller caller, SesameService sesame, CommitteeService committee) {
        this.caller = caller;
        this.sesame = sesame;
        this.committee = committee;
    }

    @GET
    @Path("/criteria")
    @Operation(summary = "The grid: five criteria and what each of the four levels means, in French as published")
    public PageResponse<CriterionDescription> criteria(@PathParam("org") String org) {
        read(org);
        return PageResponse.all(CriterionDescription.grid());
    }

    @GET
    @Operation(summary = "Every campaign, the latest first, with its respondent count")
    public PageResponse<CampaignView> campaigns(@PathParam("org") String org) {
        return PageResponse.all(sesame.campaigns(read(org).orgId()));
    }

    @POST
    @Idempotent
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = CampaignView.class)))
    @Operation(summary = "Open the year's campaign: committee members can answer until it closes (admins)")
    public RestResponse<CampaignView> open(@PathParam("org") String org, @NotNull @Valid CampaignData body) {
        CampaignView created = sesame.open(admin(org).orgId(), body.year());
        return ETags.createdAt(MissionRoles.base(org) + "/sesame/" + created.year(), created, created.version());
    }

    @GET
    @Path("/{year}")
    @Operation(summary = "A campaign: open or closed, respondents")
    public RestResponse<CampaignView> campaign(@PathParam("org") String org, @PathParam("year") @Min(2000) @Max(2200) int year) {
        CampaignView view = sesame.campaign(read(org).orgId(), year);
        return ETags.tagged(view, view.version());
    }

    @POST
    @Path("/{year}/close")
    @Operation(summary = "Close the campaign: answers freeze and the results are shown to the committee (admins)")
    public RestResponse<CampaignView> close(@PathParam("org") String org, @PathParam("year") @Min(2000) @Max(2200) int year,
            @HeaderParam("If-Match") String ifMatch) {
        CampaignView view = sesame.close(admin(org).orgId(), year, ETags.expectedVersion(ifMatch));
        return ETags.tagged(view, view.version());
    }

    @GET
    @Path("/{year}/answers/me")
    @Operation(summary = "The caller's own answers (sitting committee members)")
    public PageResponse<AnswerView> myAnswers(@PathParam("org") String org, @PathParam("year") @Min(2000) @Max(2200) int year) {
        OrgAccess a = caller.in(org);
        return PageResponse.all(sesame.answersOf(a.orgId(), year, seat(a).id()));
    }

    @PUT
    @Path("/{year}/answers/me")
    @Operation(summary = "Give or change one's level (1–4) and comment for some criteria, until the campaign closes (sitting committee members)")
    public PageResponse<AnswerView> answer(@PathParam("org") String org, @PathParam("year") @Min(2000) @Max(2200) int year,
            @NotNull @Valid AnswerSheet body) {
        OrgAccess a = caller.in(org);
        return PageResponse.all(sesame.answer(a.orgId(), year, seat(a).id(), body.answers()));
    }

    @GET
    @Path("/{year}/results")
    @Operation(summary = "Per criterion: average to two decimals, respondents, distribution, comments (the committee once closed; admins and auditor always)")
    public PageResponse<CriterionResult> results(@PathParam("org") String org, @PathParam("year") @Min(2000) @Max(2200) int year) {
        OrgAccess a = read(org);
        if (!a.has(Role.ADMIN, Role.AUDITOR) && !sesame.campaign(a.orgId(), year).closed()) {
            throw new AccessDeniedException("mission.sesame.results-before-close", year);
        }
        return PageResponse.all(sesame.results(a.orgId(), year));
    }

    /** The caller's committee seat today: only sitting members answer, each for itself. */
    private CommitteeMemberView seat(OrgAccess a) {
        a.require(Role.COMMITTEE);
        return committee.seatOf(a.orgId(), a.personId(), LocalDate.now(a.zone()))
                .orElseThrow(() -> new AccessDeniedException("mission.sesame.not-a-member"));
    }

    private OrgAccess read(String org) {
        return caller.in(org).require(MissionRoles.READERS);
    }

    private OrgAccess admin(String org) {
        return caller.in(org).require(Role.ADMIN);
    }
}
