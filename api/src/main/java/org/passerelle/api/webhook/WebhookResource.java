package org.passerelle.api.webhook;

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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
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
import org.passerelle.core.page.PageRequest;
import org.passerelle.core.webhook.DeliveryStatus;
import org.passerelle.core.webhook.DeliveryView;
import org.passerelle.core.webhook.SecretRotation;
import org.passerelle.core.webhook.WebhookCreated;
import org.passerelle.core.webhook.WebhookData;
import org.passerelle.core.webhook.WebhookService;
import org.passerelle.core.webhook.WebhookView;

import io.quarkus.security.Authenticated;

@Path("/api/v1/orgs/{org}/webhooks")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = ApiTags.WEBHOOKS)
@SecurityRequirement(name = ApiTags.SECURITY_SCHEME)
public class WebhookResource {

    private final Tenant tenant;
    private final WebhookService webhooks;

    WebhookResource(Tenant tenant, WebhookService webhooks) {
        this.tenant = tenant;
        this.webhooks = webhooks;
    }

    @GET
    @Operation(operationId = "listWebhooks", summary = "List the organisation's webhook subscriptions (admins)")
    public PageResponse<WebhookView> list() {
        return PageResponse.all(webhooks.list(tenant.access()));
    }

    @GET
    @Path("/event-types")
    @Operation(operationId = "listWebhookEventTypes", summary = "The event types a subscription may name (admins)")
    public PageResponse<String> eventTypes() {
        return PageResponse.all(webhooks.eventTypes(tenant.access()).stream().toList());
    }

    @POST
    @Idempotent
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = WebhookCreated.class)))
    @Operation(operationId = "createWebhook", summary = "Subscribe a URL to event types; the response shows the signing secret once (admins)")
    public RestResponse<WebhookCreated> create(@NotNull @Valid WebhookData body) {
        WebhookCreated created = webhooks.create(tenant.access(), body);
        return ETags.created(tenant.location("webhooks", created.webhook().id()), created, created.webhook().version());
    }

    @GET
    @Path("/{webhookId}")
    @Operation(operationId = "getWebhook", summary = "Read a webhook subscription (admins)")
    public RestResponse<WebhookView> get(@PathParam("webhookId") UUID id) {
        WebhookView view = webhooks.get(tenant.access(), id);
        return ETags.tagged(view);
    }

    @PUT
    @Path("/{webhookId}")
    @Operation(operationId = "updateWebhook", summary = "Replace a subscription; its secret changes only by rotate-secret (admins)")
    public RestResponse<WebhookView> update(@PathParam("webhookId") UUID id,
            @BeanParam IfMatch ifMatch, @NotNull @Valid WebhookData body) {
        WebhookView updated = webhooks.update(tenant.access(), id, ifMatch.version(), body);
        return ETags.tagged(updated);
    }

    @POST
    @Path("/{webhookId}/rotate-secret")
    @Operation(operationId = "rotateWebhookSecret", summary = "Replace the signing secret, shown this once; the previous "
            + "one keeps signing beside it during the overlap (admins)")
    public RestResponse<WebhookCreated> rotateSecret(@PathParam("webhookId") UUID id,
            @BeanParam IfMatch ifMatch,
            @RequestBody(required = false, description = "Optional: the overlap, PT0S (revokes the previous secret at "
                    + "once) to P7D; absent, the configured one (24 h by default)") @Valid SecretRotation body) {
        WebhookCreated rotated = webhooks.rotateSecret(tenant.access(), id, ifMatch.version(), body);
        return ETags.tagged(rotated, rotated.webhook().version());
    }

    @POST
    @Path("/{webhookId}/test")
    @APIResponse(responseCode = "202", description = "Queued: the delivery, pending, in the subscription's log",
            content = @Content(schema = @Schema(implementation = DeliveryView.class)))
    @Operation(operationId = "sendWebhookTest", summary = "Queue a webhook.test event to this subscription only, to "
            + "check the receiver's signature verification (admins)")
    public RestResponse<DeliveryView> sendTest(@PathParam("webhookId") UUID id) {
        return RestResponse.status(RestResponse.Status.ACCEPTED, webhooks.sendTestEvent(tenant.access(), id));
    }

    @DELETE
    @Path("/{webhookId}")
    @Operation(operationId = "deleteWebhook", summary = "Delete a subscription and its delivery log (admins)")
    public void delete(@PathParam("webhookId") UUID id,
            @BeanParam IfMatch ifMatch) {
        webhooks.delete(tenant.access(), id, ifMatch.version());
    }

    @GET
    @Path("/{webhookId}/deliveries")
    @Operation(operationId = "listWebhookDeliveries", summary = "The delivery log of a subscription, newest first (admins)")
    public RestResponse<PageResponse<DeliveryView>> deliveries(@PathParam("webhookId") UUID id,
            @QueryParam("status") DeliveryStatus status, @QueryParam("limit") Integer limit,
            @QueryParam("cursor") String cursor, @Context UriInfo uri) {
        return PageResponse.page(webhooks.deliveries(tenant.access(), id, status, PageRequest.of(limit, cursor)), uri);
    }

    @POST
    @Path("/{webhookId}/deliveries/{deliveryId}/redeliver")
    @Operation(operationId = "redeliverWebhookDelivery", summary = "Send a delivered or parked event again, with the same event id (admins)")
    public DeliveryView redeliver(@PathParam("webhookId") UUID id,
            @PathParam("deliveryId") UUID deliveryId) {
        return webhooks.redeliver(tenant.access(), id, deliveryId);
    }
}
