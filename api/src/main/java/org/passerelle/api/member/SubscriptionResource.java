package org.passerelle.api.member;

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
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.passerelle.api.ApiTags;
import org.passerelle.api.http.ETags;
import org.passerelle.api.http.Idempotent;
import org.passerelle.api.http.IfMatch;
import org.passerelle.api.http.PageResponse;
import org.passerelle.api.security.Tenant;
import org.passerelle.core.access.OrgAccess;
import org.passerelle.core.subscription.SubscriptionData;
import org.passerelle.core.subscription.SubscriptionService;
import org.passerelle.core.subscription.SubscriptionView;

import io.quarkus.security.Authenticated;

/**
 * The subscriptions (adhésions) of a member structure to the organisation's services.
 */
@Path("/api/v1/orgs/{org}/members")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = ApiTags.MEMBERS)
@SecurityRequirement(name = ApiTags.SECURITY_SCHEME)
public class SubscriptionResource {

    private final Tenant tenant;
    private final SubscriptionService subscriptions;

    SubscriptionResource(Tenant tenant, SubscriptionService subscriptions) {
        this.tenant = tenant;
        this.subscriptions = subscriptions;
    }

    @GET
    @Path("/{memberId}/subscriptions")
    @Operation(operationId = "listSubscriptions", summary = "The services a member structure subscribes to")
    public PageResponse<SubscriptionView> subscriptions(@PathParam("memberId") UUID memberId,
            @Parameter(description = "Only subscriptions running on this day (YYYY-MM-DD)") @QueryParam("activeOn") LocalDate activeOn) {
        return PageResponse.all(subscriptions.list(tenant.access(), memberId, activeOn));
    }

    @POST
    @Idempotent
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = SubscriptionView.class)))
    @Path("/{memberId}/subscriptions")
    @Operation(operationId = "createSubscription", summary = "Subscribe a member structure to a service (admins)")
    public RestResponse<SubscriptionView> subscribe(@PathParam("memberId") UUID memberId,
            @NotNull @Valid SubscriptionData body) {
        SubscriptionView created = subscriptions.add(tenant.access(), memberId, body);
        return ETags.created(tenant.location("members", memberId, "subscriptions", created.id()), created);
    }

    @GET
    @Path("/{memberId}/subscriptions/{subscriptionId}")
    @Operation(operationId = "getSubscription", summary = "Read a subscription")
    public RestResponse<SubscriptionView> subscription(@PathParam("memberId") UUID memberId,
            @PathParam("subscriptionId") UUID subscriptionId) {
        SubscriptionView view = subscriptions.get(tenant.access(), memberId, subscriptionId);
        return ETags.tagged(view);
    }

    @PUT
    @Path("/{memberId}/subscriptions/{subscriptionId}")
    @Operation(operationId = "updateSubscription", summary = "Change a subscription's dates, e.g. to end it (admins)")
    public RestResponse<SubscriptionView> updateSubscription(@PathParam("memberId") UUID memberId,
            @PathParam("subscriptionId") UUID subscriptionId, @BeanParam IfMatch ifMatch,
            @NotNull @Valid SubscriptionData body) {
        OrgAccess a = tenant.access();
        SubscriptionView view = subscriptions.update(a, memberId, subscriptionId, ifMatch.version(),
                body);
        return ETags.tagged(view);
    }

    @DELETE
    @Path("/{memberId}/subscriptions/{subscriptionId}")
    @Operation(operationId = "deleteSubscription", summary = "Delete a subscription entered by mistake (admins)")
    public void deleteSubscription(@PathParam("memberId") UUID memberId,
            @PathParam("subscriptionId") UUID subscriptionId, @BeanParam IfMatch ifMatch) {
        OrgAccess a = tenant.access();
        subscriptions.delete(a, memberId, subscriptionId, ifMatch.version());
    }
}
