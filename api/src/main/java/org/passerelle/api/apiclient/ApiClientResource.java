package org.passerelle.api.apiclient;

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
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
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
import org.passerelle.core.access.OrgAccess;
import org.passerelle.core.apiclient.ApiClientData;
import org.passerelle.core.apiclient.ApiClientRegistry;
import org.passerelle.core.apiclient.ApiClientView;

import io.quarkus.security.Authenticated;

@Path("/api/v1/orgs/{org}/api-clients")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = ApiTags.PEOPLE)
@SecurityRequirement(name = ApiTags.SECURITY_SCHEME)
public class ApiClientResource {

    private final Tenant tenant;
    private final ApiClientRegistry clients;

    ApiClientResource(Tenant tenant, ApiClientRegistry clients) {
        this.tenant = tenant;
        this.clients = clients;
    }

    @GET
    @Operation(operationId = "listApiClients", summary = "List the partner systems registered in the organisation (admins)")
    public PageResponse<ApiClientView> list() {
        return PageResponse.all(clients.list(tenant.access()));
    }

    @POST
    @Idempotent
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = ApiClientView.class)))
    @Operation(operationId = "registerApiClient", summary = "Register a partner's OIDC client id with roles (admins, or a platform administrator)")
    public RestResponse<ApiClientView> register(@NotNull @Valid ApiClientData body) {
        OrgAccess a = tenant.access();
        ApiClientView created = clients.register(a, body);
        return ETags.created(tenant.location("api-clients", created.id()), created);
    }

    @GET
    @Path("/{clientId}")
    @Operation(operationId = "getApiClient", summary = "Read a registered API client (admins)")
    public RestResponse<ApiClientView> get(@PathParam("clientId") UUID id) {
        ApiClientView view = clients.get(tenant.access(), id);
        return ETags.tagged(view);
    }

    @PUT
    @Path("/{clientId}")
    @Operation(operationId = "updateApiClient", summary = "Replace an API client's registration (admins)")
    public RestResponse<ApiClientView> update(@PathParam("clientId") UUID id,
            @BeanParam IfMatch ifMatch, @NotNull @Valid ApiClientData body) {
        OrgAccess a = tenant.access();
        ApiClientView view = clients.update(a, id, ifMatch.version(), body);
        return ETags.tagged(view);
    }

    @DELETE
    @Path("/{clientId}")
    @Operation(operationId = "deleteApiClient", summary = "Revoke an API client (admins)")
    public void remove(@PathParam("clientId") UUID id,
            @BeanParam IfMatch ifMatch) {
        OrgAccess a = tenant.access();
        clients.remove(a, id, ifMatch.version());
    }
}
