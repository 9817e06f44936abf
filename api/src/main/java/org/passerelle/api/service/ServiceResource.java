package org.passerelle.api.service;

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
import org.passerelle.core.service.ServiceData;
import org.passerelle.core.service.ServiceCatalog;
import org.passerelle.core.service.ServiceView;

import io.quarkus.security.Authenticated;

@Path("/api/v1/orgs/{org}/services")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = ApiTags.CATALOGUE)
@SecurityRequirement(name = ApiTags.SECURITY_SCHEME)
public class ServiceResource {

    private final Tenant tenant;
    private final ServiceCatalog services;

    ServiceResource(Tenant tenant, ServiceCatalog services) {
        this.tenant = tenant;
        this.services = services;
    }

    @GET
    @Operation(operationId = "listServices", summary = "List the services (prestations) the organisation offers")
    public PageResponse<ServiceView> list(@Parameter(description = "Only the services of this team") @QueryParam("teamId") UUID teamId) {
        return PageResponse.all(services.list(tenant.access(), teamId));
    }

    @POST
    @Idempotent
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = ServiceView.class)))
    @Operation(operationId = "createService", summary = "Create a service (admins)")
    public RestResponse<ServiceView> create(@NotNull @Valid ServiceData body) {
        ServiceView created = services.create(tenant.access(), body);
        return ETags.created(tenant.location("services", created.id()), created);
    }

    @GET
    @Path("/{serviceId}")
    @Operation(operationId = "getService", summary = "Read a service")
    public RestResponse<ServiceView> get(@PathParam("serviceId") UUID serviceId) {
        ServiceView view = services.get(tenant.access(), serviceId);
        return ETags.tagged(view);
    }

    @PUT
    @Path("/{serviceId}")
    @Operation(operationId = "updateService", summary = "Replace a service (admins)")
    public RestResponse<ServiceView> update(@PathParam("serviceId") UUID serviceId,
            @BeanParam IfMatch ifMatch, @NotNull @Valid ServiceData body) {
        ServiceView view = services.update(tenant.access(), serviceId, ifMatch.version(), body);
        return ETags.tagged(view);
    }

    @DELETE
    @Path("/{serviceId}")
    @Operation(operationId = "deleteService", summary = "Delete a service no member subscribes to (admins)")
    public void delete(@PathParam("serviceId") UUID serviceId,
            @BeanParam IfMatch ifMatch) {
        services.delete(tenant.access(), serviceId, ifMatch.version());
    }
}
