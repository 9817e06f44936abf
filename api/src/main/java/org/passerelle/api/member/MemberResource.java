package org.passerelle.api.member;

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
import org.passerelle.core.member.MemberData;
import org.passerelle.core.member.MemberFilter;
import org.passerelle.core.member.MemberKind;
import org.passerelle.core.member.MemberService;
import org.passerelle.core.member.MemberView;
import org.passerelle.core.member.PopulationStratum;
import org.passerelle.core.page.PageRequest;

import io.quarkus.security.Authenticated;

@Path("/api/v1/orgs/{org}/members")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = ApiTags.MEMBERS)
@SecurityRequirement(name = ApiTags.SECURITY_SCHEME)
public class MemberResource {

    private final Tenant tenant;
    private final MemberService members;

    MemberResource(Tenant tenant, MemberService members) {
        this.tenant = tenant;
        this.members = members;
    }

    @GET
    @Operation(operationId = "listMembers", summary = "Search member structures")
    public RestResponse<PageResponse<MemberView>> list(@Parameter(description = "Words in the name, SIRET or INSEE code") @QueryParam("q") String q,
            @QueryParam("kind") MemberKind kind, @QueryParam("active") Boolean active,
            @QueryParam("stratum") PopulationStratum stratum, @QueryParam("inseeCode") String inseeCode,
            @Parameter(description = "Members subscribing to this service today") @QueryParam("serviceId") UUID serviceId,
            @Parameter(description = "name (default) or createdAt; prefix - to reverse") @QueryParam("sort") String sort,
            @QueryParam("limit") Integer limit, @QueryParam("cursor") String cursor, @Context UriInfo uri) {
        MemberFilter filter = new MemberFilter(q, kind, active, stratum, inseeCode, serviceId);
        return PageResponse.page(members.search(tenant.access(), filter, sort, PageRequest.of(limit, cursor)), uri);
    }

    @POST
    @Idempotent
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = MemberView.class)))
    @Operation(operationId = "createMember", summary = "Create a member structure (admins)")
    public RestResponse<MemberView> create(@NotNull @Valid MemberData body) {
        MemberView created = members.create(tenant.access(), body);
        return ETags.created(tenant.location("members", created.id()), created);
    }

    @GET
    @Path("/{memberId}")
    @Operation(operationId = "getMember", summary = "Read a member structure")
    public RestResponse<MemberView> get(@PathParam("memberId") UUID memberId) {
        MemberView view = members.get(tenant.access(), memberId);
        return ETags.tagged(view);
    }

    @PUT
    @Path("/{memberId}")
    @Operation(operationId = "updateMember", summary = "Replace a member structure (admins)")
    public RestResponse<MemberView> update(@PathParam("memberId") UUID memberId,
            @BeanParam IfMatch ifMatch, @NotNull @Valid MemberData body) {
        MemberView view = members.update(tenant.access(), memberId, ifMatch.version(), body);
        return ETags.tagged(view);
    }

    @DELETE
    @Path("/{memberId}")
    @Operation(operationId = "deleteMember", summary = "Delete a member structure that nothing refers to (admins); deactivate it otherwise")
    public void delete(@PathParam("memberId") UUID memberId,
            @BeanParam IfMatch ifMatch) {
        members.delete(tenant.access(), memberId, ifMatch.version());
    }
}
