package org.passerelle.api.org;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
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
import org.passerelle.api.security.CurrentCaller;
import org.passerelle.api.security.Tenant;
import org.passerelle.core.access.AccessService;
import org.passerelle.core.access.OrgAccess;
import org.passerelle.core.organisation.OrganisationData;
import org.passerelle.core.organisation.OrganisationService;
import org.passerelle.core.organisation.OrganisationUpdate;
import org.passerelle.core.organisation.OrganisationView;
import org.passerelle.core.person.PeopleDirectory.MembershipSummary;

import io.quarkus.security.Authenticated;

@Path("/api/v1/orgs")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = ApiTags.PLATFORM)
@SecurityRequirement(name = ApiTags.SECURITY_SCHEME)
public class OrganisationResource {

    private final CurrentCaller caller;
    private final Tenant tenant;
    private final OrganisationService organisations;
    private final AccessService access;

    OrganisationResource(CurrentCaller caller, Tenant tenant, OrganisationService organisations, AccessService access) {
        this.caller = caller;
        this.tenant = tenant;
        this.organisations = organisations;
        this.access = access;
    }

    @POST
    @Idempotent
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = OrganisationView.class)))
    @Operation(operationId = "createOrganisation", summary = "Create an organisation (platform administrators only)")
    public RestResponse<OrganisationView> create(@NotNull @Valid OrganisationData body) {
        OrganisationView created = organisations.create(caller.identity(), body);
        return ETags.created(Tenant.locationOf(created.slug()), created);
    }

    @GET
    @Operation(operationId = "listOrganisations", summary = "List the caller's organisations (all of them for a platform administrator)")
    public PageResponse<OrganisationView> list() {
        List<MembershipSummary> memberships = access.memberships(caller.identity());
        return PageResponse.all(organisations.visibleTo(caller.identity(),
                memberships.stream().map(MembershipSummary::orgId).toList()));
    }

    @GET
    @Path("/{org}")
    @Operation(operationId = "getOrganisation", summary = "Read an organisation")
    public RestResponse<OrganisationView> get() {
        OrganisationView view = organisations.get(tenant.access());
        return ETags.tagged(view);
    }

    @PUT
    @Path("/{org}")
    @Operation(operationId = "updateOrganisation", summary = "Update an organisation's name, kind, SIREN and time zone (admins)")
    public RestResponse<OrganisationView> update(@BeanParam IfMatch ifMatch,
            @NotNull @Valid OrganisationUpdate body) {
        OrgAccess a = tenant.access();
        OrganisationView view = organisations.update(a, ifMatch.version(), body);
        return ETags.tagged(view);
    }
}
