package org.passerelle.api.training;

import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.passerelle.api.ApiTags;
import org.passerelle.training.communication.LinkSubject;
import org.passerelle.training.communication.OneClickLinks;
import org.passerelle.training.evaluation.SurveyData;

/**
 * The links of training e-mails: confirm a place from the convocation, answer a survey, refuse survey invitations,
 * without signing in. The token is the only credential and names its organisation and enrolment, so the path has
 * no {@code {org}}. Unknown, tampered, expired and spent tokens, and a token used for another purpose, answer 404.
 */
@Path("/api/v1/public/training/links/{token}")
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = ApiTags.PUBLIC)
public class PublicTrainingLinkResource {

    private final OneClickLinks links;

    PublicTrainingLinkResource(OneClickLinks links) {
        this.links = links;
    }

    @GET
    @Operation(operationId = "getTrainingLink", summary = "What an e-mailed training link is for: its purpose, the course and dates, the organisation (no sign-in)")
    public LinkSubject get(@Parameter(description = "The token of the e-mailed link") @PathParam("token") @Size(max = 100) String token) {
        return links.subject(token);
    }

    @POST
    @Path("/confirm")
    @Operation(operationId = "confirmEnrolmentByLink", summary = "Confirm the place offered, from the convocation's link, once (no sign-in)")
    @APIResponse(responseCode = "204", description = "Confirmed; the link is spent")
    public void confirm(@Parameter(description = "The token of the e-mailed link") @PathParam("token") @Size(max = 100) String token) {
        links.confirm(token);
    }

    @POST
    @Path("/survey")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "answerSurveyByLink", summary = "Answer the hot or cold survey the link invites to, once (no sign-in)")
    @APIResponse(responseCode = "204", description = "Answered; the link is spent")
    public void answer(@Parameter(description = "The token of the e-mailed link") @PathParam("token") @Size(max = 100) String token,
            @NotNull @Valid SurveyData body) {
        links.answer(token, body);
    }

    @POST
    @Path("/opt-out")
    @Consumes({ MediaType.APPLICATION_FORM_URLENCODED, MediaType.WILDCARD })
    @Operation(operationId = "rejectSurveyInvitationsByLink", summary = "Refuse further satisfaction survey invitations: the RFC 8058 one-click target of List-Unsubscribe (no sign-in)")
    @APIResponse(responseCode = "204", description = "Refused; convocations and certificates still come")
    public void optOut(@Parameter(description = "The token of the e-mailed link") @PathParam("token") @Size(max = 100) String token) {
        links.optOut(token);
    }
}
