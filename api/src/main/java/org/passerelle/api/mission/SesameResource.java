package org.passerelle.api.mission;

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
@Path(MissionPaths.PATH + "/sesame")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = SesameResource.TAG, description = "The committee's yearly self-evaluation on the 5-criteria, 4-level Sésame grid")
@SecurityRequirement(name = ApiTags.SECURITY_SCHEME)
public class SesameResource {

    static final String TAG = "Mission: Sésame evaluation";

    private final CurrentCaller caller;
    private final SesameService sesame;

    SesameResource(CurrentCaller caller, SesameService sesame) {
        this.caller = caller;
        this.sesame = sesame;
    }

    @GET
    @Path("/criteria")
    @Operation(operationId = "listSesameCriteria", summary = "The grid: five criteria and what each of the four levels means, in French as published")
    public PageResponse<CriterionDescription> criteria(@PathParam("org") String org) {
        return PageResponse.all(sesame.criteria(caller.in(org)));
    }

    @GET
    @Operation(operationId = "listSesameCampaigns", summary = "Every campaign, the latest first, with its respondent count")
    public PageResponse<CampaignView> campaigns(@PathParam("org") String org) {
        return PageResponse.all(sesame.campaigns(caller.in(org)));
    }

    @POST
    @Idempotent
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = CampaignView.class)))
    @Operation(operationId = "openSesameCampaign", summary = "Open the year's campaign: committee members can answer until it closes (admins)")
    public RestResponse<CampaignView> open(@PathParam("org") String org, @NotNull @Valid CampaignData body) {
        CampaignView created = sesame.open(caller.in(org), body.year());
        return ETags.createdAt(MissionPaths.base(org) + "/sesame/" + created.year(), created, created.version());
    }

    @GET
    @Path("/{year}")
    @Operation(operationId = "getSesameCampaign", summary = "A campaign: open or closed, respondents")
    public RestResponse<CampaignView> campaign(@PathParam("org") String org, @PathParam("year") @Min(2000) @Max(2200) int year) {
        CampaignView view = sesame.campaign(caller.in(org), year);
        return ETags.tagged(view, view.version());
    }

    @POST
    @Path("/{year}/close")
    @Operation(operationId = "closeSesameCampaign", summary = "Close the campaign: answers freeze and the results are shown to the committee (admins)")
    public RestResponse<CampaignView> close(@PathParam("org") String org, @PathParam("year") @Min(2000) @Max(2200) int year,
            @HeaderParam("If-Match") String ifMatch) {
        CampaignView view = sesame.close(caller.in(org), year, ETags.expectedVersion(ifMatch));
        return ETags.tagged(view, view.version());
    }

    @GET
    @Path("/{year}/answers/me")
    @Operation(operationId = "getMySesameAnswers", summary = "The caller's own answers (sitting committee members)")
    public PageResponse<AnswerView> myAnswers(@PathParam("org") String org, @PathParam("year") @Min(2000) @Max(2200) int year) {
        return PageResponse.all(sesame.myAnswers(caller.in(org), year));
    }

    @PUT
    @Path("/{year}/answers/me")
    @Operation(operationId = "answerSesameCampaign", summary = "Give or change one's level (1–4) and comment for some criteria, until the campaign closes (sitting committee members)")
    public PageResponse<AnswerView> answer(@PathParam("org") String org, @PathParam("year") @Min(2000) @Max(2200) int year,
            @NotNull @Valid AnswerSheet body) {
        return PageResponse.all(sesame.answer(caller.in(org), year, body.answers()));
    }

    @GET
    @Path("/{year}/results")
    @Operation(operationId = "getSesameResults", summary = "Per criterion: average to two decimals, respondents, distribution, comments (the committee once closed; admins and auditor always)")
    public PageResponse<CriterionResult> results(@PathParam("org") String org, @PathParam("year") @Min(2000) @Max(2200) int year) {
        return PageResponse.all(sesame.results(caller.in(org), year));
    }
}
