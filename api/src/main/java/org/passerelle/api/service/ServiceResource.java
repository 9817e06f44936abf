package org.passerelle.api.service;

import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
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
import org.passerelle.api.http.PageResponse;
import org.passerelle.api.security.CurrentCaller;
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

    private final CurrentCaller caller;
    private final ServiceCatalog services;

    ServiceResource(CurrentCaller caller, ServiceCatalog services) {
        this.caller = caller;
        this.services = services;
    }

    @GET
    @Operation(operationId = "listServices", summary = "List the services (prestations) the organisation offers")
    public PageResponse<ServiceView> list(@PathParam("org") String org,
            @Parameter(description = "Only the services of this team") @QueryParam("teamId") UUID teamId) {
        return PageResponse.all(services.list(caller.in(org), teamId));
    }

    @POST
    @Idempotent
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = ServiceView.class)))
    @Operation(operationId = "createService", summary = "Create a service (admins)")
    public RestResponse<ServiceView> create(@PathParam("org") String org, @NotNull @Valid ServiceData body) {
        ServiceView created = services.create(caller.in(org), body);
        return ETags.createdAt("/api/v1/orgs/" + org + "/services/" + created.id(), created, created.version());
    }

    @GET
    @Path("/{serviceId}")
    @Operation(operationId = "getService", summary = "Read a service")
    public RestResponse<ServiceView> get(@PathParam("org") String org, @PathParam("serviceId") UUID serviceId) {
        ServiceView view = services.get(caller.in(org), serviceId);
        return ETags.tagged(view, view.version());
    }

    @PUT
    @Path("/{serviceId}")
    @Operation(operationId = "updateService", summary = "Replace a service (admins)")
    public RestResponse<ServiceView> update(@PathParam("org") String org, @PathParam("serviceId") UUID serviceId,
            @HeaderParam("If-Match") String ifMatch, @NotNull @Valid ServiceData body) {
        ServiceView view = services.update(caller.in(org), serviceId, ETags.expectedVersion(ifMatch), body);
        return ETags.tagged(view, view.version());
    }

    @DELETE
    @Path("/{serviceId}")
    @Operation(operationId = "deleteService", summary = "Delete a service no member subscribes to (admins)")
    public void delete(@PathParam("org") String org, @PathParam("serviceId") UUID serviceId,
            @HeaderParam("If-Match") String ifMatch) {
        services.delete(caller.in(org), serviceId, ETags.expectedVersion(ifMatch));
    }
}
