package org.passerelle.api.people;

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
import org.passerelle.core.page.PageRequest;
import org.passerelle.core.person.PeopleDirectory;
import org.passerelle.core.person.PersonData;
import org.passerelle.core.person.PersonUpdate;
import org.passerelle.core.person.PersonView;
import org.passerelle.core.person.Role;

import io.quarkus.security.Authenticated;

@Path("/api/v1/orgs/{org}/people")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = ApiTags.PEOPLE)
@SecurityRequirement(name = ApiTags.SECURITY_SCHEME)
public class PeopleResource {

    private final Tenant tenant;
    private final PeopleDirectory people;

    PeopleResource(Tenant tenant, PeopleDirectory people) {
        this.tenant = tenant;
        this.people = people;
    }

    @GET
    @Operation(operationId = "listPeople", summary = "List the organisation's people (admins and agents)")
    public RestResponse<PageResponse<PersonView>> list(@QueryParam("role") Role role, @QueryParam("q") String q,
            @QueryParam("sort") String sort, @QueryParam("limit") Integer limit, @QueryParam("cursor") String cursor,
            @Context UriInfo uri) {
        OrgAccess a = tenant.access();
        return PageResponse.page(people.list(a, role, q, sort, PageRequest.of(limit, cursor)), uri);
    }

    @POST
    @Idempotent
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = PersonView.class)))
    @Operation(operationId = "registerPerson", summary = "Register a person by email with roles (admins, or a platform administrator)")
    public RestResponse<PersonView> register(@NotNull @Valid PersonData body) {
        OrgAccess a = tenant.access();
        PersonView created = people.register(a, body);
        return ETags.created(tenant.location("people", created.id()), created);
    }

    @GET
    @Path("/{personId}")
    @Operation(operationId = "getPerson", summary = "Read a person's name, roles and affiliation in the organisation (admins, agents, or the person)")
    public RestResponse<PersonView> get(@PathParam("personId") UUID personId) {
        OrgAccess a = tenant.access();
        PersonView view = people.get(a, personId);
        return ETags.tagged(view);
    }

    @PUT
    @Path("/{personId}")
    @Operation(operationId = "updatePerson", summary = "Replace a person's name, roles and affiliation (admins)")
    public RestResponse<PersonView> update(@PathParam("personId") UUID personId,
            @BeanParam IfMatch ifMatch, @NotNull @Valid PersonUpdate body) {
        OrgAccess a = tenant.access();
        PersonView view = people.update(a, personId, ifMatch.version(), body);
        return ETags.tagged(view);
    }

    @DELETE
    @Path("/{personId}")
    @Operation(operationId = "removePerson", summary = "Remove a person from the organisation (admins)")
    public void remove(@PathParam("personId") UUID personId,
            @BeanParam IfMatch ifMatch) {
        OrgAccess a = tenant.access();
        people.remove(a, personId, ifMatch.version());
    }
}
