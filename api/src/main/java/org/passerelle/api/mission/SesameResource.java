package org.passerelle.api.mission;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
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
import org.passerelle.api.http.IfMatch;
import org.passerelle.api.http.PageResponse;
import org.passerelle.api.security.Tenant;
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

    private final Tenant tenant;
    private final SesameService sesame;

    SesameResource(Tenant tenant, SesameService sesame) {
        this.tenant = tenant;
        this.sesame = sesame;
    }

    @GET
    @Path("/criteria")
    @Operation(operationId = "listSesameCriteria", summary = "The grid: five criteria and what each of the four levels means, in French as published")
    public PageResponse<CriterionDescription> criteria() {
        return PageResponse.all(sesame.criteria(tenant.access()));
    }

    @GET
    @Operation(operationId = "listSesameCampaigns", summary = "Every campaign, the latest first, with its respondent count")
    public PageResponse<CampaignView> campaigns() {
        return PageResponse.all(sesame.campaigns(tenant.access()));
    }

    @POST
    @Idempotent
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = CampaignView.class)))
    @Operation(operationId = "openSesameCampaign", summary = "Open the year's campaign: committee members can answer until it closes (admins)")
    public RestResponse<CampaignView> open(@NotNull @Valid CampaignData body) {
        CampaignView created = sesame.open(tenant.access(), body.year());
        return ETags.created(tenant.location("mission/sesame", created.year()), created);
    }

    @GET
    @Path("/{year}")
    @Operation(operationId = "getSesameCampaign", summary = "A campaign: open or closed, respondents")
    public RestResponse<CampaignView> campaign(@PathParam("year") @Min(2000) @Max(2200) int year) {
        CampaignView view = sesame.campaign(tenant.access(), year);
        return ETags.tagged(view);
    }

    @POST
    @Path("/{year}/close")
    @Operation(operationId = "closeSesameCampaign", summary = "Close the campaign: answers freeze and the results are shown to the committee (admins)")
    public RestResponse<CampaignView> close(@PathParam("year") @Min(2000) @Max(2200) int year,
            @BeanParam IfMatch ifMatch) {
        CampaignView view = sesame.close(tenant.access(), year, ifMatch.version());
        return ETags.tagged(view);
    }

    @GET
    @Path("/{year}/answers/me")
    @Operation(operationId = "getMySesameAnswers", summary = "The caller's own answers (sitting committee members)")
    public PageResponse<AnswerView> myAnswers(@PathParam("year") @Min(2000) @Max(2200) int year) {
        return PageResponse.all(sesame.myAnswers(tenant.access(), year));
    }

    @PUT
    @Path("/{year}/answers/me")
    @Operation(operationId = "answerSesameCampaign", summary = "Give or change one's level (1–4) and comment for some criteria, until the campaign closes (sitting committee members)")
    public PageResponse<AnswerView> answer(@PathParam("year") @Min(2000) @Max(2200) int year,
            @NotNull @Valid AnswerSheet body) {
        return PageResponse.all(sesame.answer(tenant.access(), year, body.answers()));
    }

    @GET
    @Path("/{year}/results")
    @Operation(operationId = "getSesameResults", summary = "Per criterion: average to two decimals, respondents, distribution, comments (the committee once closed; admins and auditor always)")
    public PageResponse<CriterionResult> results(@PathParam("year") @Min(2000) @Max(2200) int year) {
        return PageResponse.all(sesame.results(tenant.access(), year));
    }
}
