package org.passerelle.api.member;

import java.time.LocalDate;
import java.util.List;
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
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.passerelle.api.ApiTags;
import org.passerelle.api.http.ETags;
import org.passerelle.api.http.Idempotent;
import org.passerelle.api.http.PageResponse;
import org.passerelle.api.security.CurrentCaller;
import org.passerelle.core.access.OrgAccess;
import org.passerelle.core.error.NotFoundException;
import org.passerelle.core.member.MemberData;
import org.passerelle.core.member.MemberFilter;
import org.passerelle.core.member.MemberKind;
import org.passerelle.core.member.MemberService;
import org.passerelle.core.member.MemberView;
import org.passerelle.core.member.PopulationStratum;
import org.passerelle.core.page.PageRequest;
import org.passerelle.core.person.Role;
import org.passerelle.core.subscription.SubscriptionData;
import org.passerelle.core.subscription.SubscriptionService;
import org.passerelle.core.subscription.SubscriptionView;

import io.quarkus.security.Authenticated;

@Path("/api/v1/orgs/{org}/members")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = ApiTags.MEMBERS)
@SecurityRequirement(name = ApiTags.SECURITY_SCHEME)
public class MemberResource {

    /** Who reads the whole member directory; others (requesters, learners) read only their own structure. */
    private static final Role[] DIRECTORY_READERS = { Role.ADMIN, Role.AGENT, Role.TRAINER, Role.PARTNER };

    private final CurrentCaller caller;
    private final MemberService members;
    private final SubscriptionService subscriptions;

    MemberResource(CurrentCaller caller, MemberService members, SubscriptionService subscriptions) {
        this.caller = caller;
        this.members = members;
        this.subscriptions = subscriptions;
    }

    @GET
    @Operation(summary = "Search member structures")
    public RestResponse<PageResponse<MemberView>> list(@PathParam("org") String org,
            @Parameter(description = "Words in the name, SIRET or INSEE code") @QueryParam("q") String q,
            @QueryParam("kind") MemberKind kind, @QueryParam("active") Boolean active,
            @QueryParam("stratum") PopulationStratum stratum, @QueryParam("inseeCode") String inseeCode,
            @Parameter(description = "Members subscribing to this service today") @QueryParam("serviceId") UUID serviceId,
            @Parameter(description = "name (default) or createdAt; prefix - to reverse") @QueryParam("sort") String sort,
            @QueryParam("limit") Integer limit, @QueryParam("cursor") String cursor, @Context UriInfo uri) {
        OrgAccess a = caller.in(org).require(DIRECTORY_READERS);
        MemberFilter filter = new MemberFilter(q, kind, active, stratum, inseeCode, serviceId);
        return PageResponse.page(members.search(a.orgId(), filter, sort, PageRequest.of(limit, cursor)), uri);
    }

    @POST
    @Idempotent
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = MemberView.class)))
    @Operation(summary = "Create a member structure (admins)")
    public RestResponse<MemberView> create(@PathParam("org") String org, @NotNull @Valid MemberData body) {
        OrgAccess a = caller.in(org).require(Role.ADMIN);
        MemberView created = members.create(a.orgId(), body);
        return ETags.createdAt("/api/v1/orgs/" + org + "/members/" + created.id(), created, created.version());
    }

    @GET
    @Path("/{memberId}")
    @Operation(summary = "Read a member structure")
    public RestResponse<MemberView> get(@PathParam("org") String org, @PathParam("memberId") UUID memberId) {
        OrgAccess a = readable(org, memberId);
        MemberView view = members.get(a.orgId(), memberId);
        return ETags.tagged(view, view.version());
    }

    @PUT
    @Path("/{memberId}")
    @Operation(summary = "Replace a member structure (admins)")
    public RestResponse<MemberView> update(@PathParam("org") String org, @PathParam("memberId") UUID memberId,
            @HeaderParam("If-Match") String ifMatch, @NotNull @Valid MemberData body) {
        OrgAccess a = caller.in(org).require(Role.ADMIN);
        MemberView view = members.update(a.orgId(), memberId, ETags.expectedVersion(ifMatch), body);
        return ETags.tagged(view, view.version());
    }

    @DELETE
    @Path("/{memberId}")
    @Operation(summary = "Delete a member structure that nothing refers to (admins); deactivate it otherwise")
    public void delete(@PathParam("org") String org, @PathParam("memberId") UUID memberId,
            @HeaderParam("If-Match") String ifMatch) {
        OrgAccess a = caller.in(org).require(Role.ADMIN);
        members.delete(a.orgId(), memberId, ETags.expectedVersion(ifMatch));
    }

    @GET
    @Path("/{memberId}/subscriptions")
    @Operation(summary = "The services a member structure subscribes to")
    public PageResponse<SubscriptionView> subscriptions(@PathParam("org") String org,
            @PathParam("memberId") UUID memberId,
            @Parameter(description = "Only subscriptions running on this day (YYYY-MM-DD)") @QueryParam("activeOn") LocalDate activeOn) {
        OrgAccess a = readable(org, memberId);
        List<SubscriptionView> list = subscriptions.list(a.orgId(), memberId, activeOn, today(a));
        return PageResponse.all(list);
    }

    @POST
    @Idempotent
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = SubscriptionView.class)))
    @Path("/{memberId}/subscriptions")
    @Operation(summary = "Subscribe a member structure to a service (admins)")
    public RestResponse<SubscriptionView> subscribe(@PathParam("org") String org, @PathParam("memberId") UUID memberId,
            @NotNull @Valid SubscriptionData body) {
        OrgAccess a = caller.in(org).require(Role.ADMIN);
        SubscriptionView created = subscriptions.add(a.orgId(), memberId, body, today(a));
        return ETags.createdAt("/api/v1/orgs/" + org + "/members/" + memberId + "/subscriptions/" + created.id(), created, created.version());
    }

    @GET
    @Path("/{memberId}/subscriptions/{subscriptionId}")
    @Operation(summary = "Read a subscription")
    public RestResponse<SubscriptionView> subscription(@PathParam("org") String org, @PathParam("memberId") UUID memberId,
            @PathParam("subscriptionId") UUID subscriptionId) {
        OrgAccess a = readable(org, memberId);
        SubscriptionView view = subscriptions.get(a.orgId(), memberId, subscriptionId, today(a));
        return ETags.tagged(view, view.version());
    }

    @PUT
    @Path("/{memberId}/subscriptions/{subscriptionId}")
    @Operation(summary = "Change a subscription's dates, e.g. to end it (admins)")
    public RestResponse<SubscriptionView> updateSubscription(@PathParam("org") String org, @PathParam("memberId") UUID memberId,
            @PathParam("subscriptionId") UUID subscriptionId, @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid SubscriptionData body) {
        OrgAccess a = caller.in(org).require(Role.ADMIN);
        SubscriptionView view = subscriptions.update(a.orgId(), memberId, subscriptionId,
                ETags.expectedVersion(ifMatch), body, today(a));
        return ETags.tagged(view, view.version());
    }

    @DELETE
    @Path("/{memberId}/subscriptions/{subscriptionId}")
    @Operation(summary = "Delete a subscription entered by mistake (admins)")
    public void deleteSubscription(@PathParam("org") String org, @PathParam("memberId") UUID memberId,
            @PathParam("subscriptionId") UUID subscriptionId, @HeaderParam("If-Match") String ifMatch) {
        OrgAccess a = caller.in(org).require(Role.ADMIN);
        subscriptions.delete(a.orgId(), memberId, subscriptionId, ETags.expectedVersion(ifMatch));
    }

    /** Directory readers see every member; a person affiliated to a member sees that one only (404 otherwise). */
    private OrgAccess readable(String org, UUID memberId) {
        OrgAccess a = caller.in(org);
        if (a.has(DIRECTORY_READERS) || memberId.equals(a.memberId())) {
            return a;
        }
        throw new NotFoundException("member", memberId);
    }

    private static LocalDate today(OrgAccess a) {
        return LocalDate.now(a.zone());
    }
}
