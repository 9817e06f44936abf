package org.passerelle.api.ticketing;

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
import org.passerelle.ticketing.ticket.RatingInvitations;
import org.passerelle.ticketing.ticket.RatingInvitations.RatingSubject;

/**
 * The link of a satisfaction invitation (sent when a ticket is resolved): it rates the ticket without signing in,
 * once, until it expires. The token is the only credential, and it names its organisation and ticket itself, so
 * the path has no {@code {org}}. Unknown, expired and used tokens all answer 404.
 */
@Path("/api/v1/public/rating/{token}")
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = ApiTags.PUBLIC)
public class PublicRatingResource {

    private final RatingInvitations invitations;

    PublicRatingResource(RatingInvitations invitations) {
        this.invitations = invitations;
    }

    @GET
    @Operation(operationId = "getRatingInvitation", summary = "What a satisfaction link rates: the ticket's reference and title, the organisation (no sign-in)")
    public RatingSubject get(@Parameter(description = "The token of the e-mailed link") @PathParam("token") @Size(max = 100) String token) {
        return invitations.subject(token);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "rateTicketByInvitation", summary = "Rate a resolved ticket from 1 to 5 through its satisfaction link, once (no sign-in)")
    @APIResponse(responseCode = "204", description = "Rated; the link is spent")
    public void rate(@Parameter(description = "The token of the e-mailed link") @PathParam("token") @Size(max = 100) String token,
            @NotNull @Valid TicketActions.Rate body) {
        invitations.rate(token, body.score(), body.comment());
    }
}
