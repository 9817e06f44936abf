package org.passerelle.api.people;

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
import org.passerelle.api.http.PageResponse;
import org.passerelle.api.security.CurrentCaller;
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

    private final CurrentCaller caller;
    private final PeopleDirectory people;

    PeopleResource(CurrentCaller caller, PeopleDirectory people) {
        this.caller = caller;
        this.people = people;
    }

    @GET
    @Operation(operationId = "listPeople", summary = "List the organisation's people (admins and agents)")
    public RestResponse<PageResponse<PersonView>> list(@PathParam("org") String org, @QueryParam("role") Role role, @QueryParam("q") String q,
            @QueryParam("sort") String sort, @QueryParam("limit") Integer limit, @QueryParam("cursor") String cursor,
            @Context UriInfo uri) {
        OrgAccess a = caller.in(org);
        return PageResponse.page(people.list(a, role, q, sort, PageRequest.of(limit, cursor)), uri);
    }

    @POST
    @Idempotent
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = PersonView.class)))
    @Operation(operationId = "registerPerson", summary = "Register a person by email with roles (admins, or a platform administrator)")
    public RestResponse<PersonView> register(@PathParam("org") String org, @NotNull @Valid PersonData body) {
        OrgAccess a = caller.in(org);
        PersonView created = people.register(a, body);
        return ETags.createdAt("/api/v1/orgs/" + org + "/people/" + created.id(), created, created.version());
    }

    @GET
    @Path("/{personId}")
    @Operation(operationId = "getPerson", summary = "Read a person's name, roles and affiliation in the organisation (admins, agents, or the person)")
    public RestResponse<PersonView> get(@PathParam("org") String org, @PathParam("personId") UUID personId) {
        OrgAccess a = caller.in(org);
        PersonView view = people.get(a, personId);
        return ETags.tagged(view, view.version());
    }

    @PUT
    @Path("/{personId}")
    @Operation(operationId = "updatePerson", summary = "Replace a person's name, roles and affiliation (admins)")
    public RestResponse<PersonView> update(@PathParam("org") String org, @PathParam("personId") UUID personId,
            @HeaderParam("If-Match") String ifMatch, @NotNull @Valid PersonUpdate body) {
        OrgAccess a = caller.in(org);
        PersonView view = people.update(a, personId, ETags.expectedVersion(ifMatch), body);
        return ETags.tagged(view, view.version());
    }

    @DELETE
    @Path("/{personId}")
    @Operation(operationId = "removePerson", summary = "Remove a person from the organisation (admins)")
    public void remove(@PathParam("org") String org, @PathParam("personId") UUID personId,
            @HeaderParam("If-Match") String ifMatch) {
        OrgAccess a = caller.in(org);
        people.remove(a, personId, ETags.expectedVersion(ifMatch));
    }
}
