package org.passerelle.api.team;

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
import org.passerelle.api.ApiTags;
import org.passerelle.api.http.ETags;
import org.passerelle.api.http.Idempotent;
import org.passerelle.api.http.PageResponse;
import org.passerelle.api.security.Tenant;
import org.passerelle.core.team.TeamData;
import org.passerelle.core.team.TeamService;
import org.passerelle.core.team.TeamView;

import org.jboss.resteasy.reactive.RestResponse;
import org.passerelle.api.http.IfMatch;

import io.quarkus.security.Authenticated;

@Path("/api/v1/orgs/{org}/teams")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = ApiTags.CATALOGUE)
@SecurityRequirement(name = ApiTags.SECURITY_SCHEME)
public class TeamResource {

    private final Tenant tenant;
    private final TeamService teams;

    TeamResource(Tenant tenant, TeamService teams) {
        this.tenant = tenant;
        this.teams = teams;
    }

    @GET
    @Operation(operationId = "listTeams", summary = "List the organisation's teams (pôles)")
    public PageResponse<TeamView> list() {
        return PageResponse.all(teams.list(tenant.access()));
    }

    @POST
    @Idempotent
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = TeamView.class)))
    @Operation(operationId = "createTeam", summary = "Create a team (admins)")
    public RestResponse<TeamView> create(@NotNull @Valid TeamData body) {
        TeamView created = teams.create(tenant.access(), body);
        return ETags.created(tenant.location("teams", created.id()), created);
    }

    @GET
    @Path("/{teamId}")
    @Operation(operationId = "getTeam", summary = "Read a team")
    public RestResponse<TeamView> get(@PathParam("teamId") UUID teamId) {
        TeamView view = teams.get(tenant.access(), teamId);
        return ETags.tagged(view);
    }

    @PUT
    @Path("/{teamId}")
    @Operation(operationId = "updateTeam", summary = "Replace a team (admins)")
    public RestResponse<TeamView> update(@PathParam("teamId") UUID teamId,
            @BeanParam IfMatch ifMatch, @NotNull @Valid TeamData body) {
        TeamView view = teams.update(tenant.access(), teamId, ifMatch.version(), body);
        return ETags.tagged(view);
    }

    @DELETE
    @Path("/{teamId}")
    @Operation(operationId = "deleteTeam", summary = "Delete a team that owns no service (admins)")
    public void delete(@PathParam("teamId") UUID teamId,
            @BeanParam IfMatch ifMatch) {
        teams.delete(tenant.access(), teamId, ifMatch.version());
    }
}
