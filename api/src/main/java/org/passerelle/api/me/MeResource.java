package org.passerelle.api.me;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.annotation.Nullable;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.passerelle.api.ApiTags;
import org.passerelle.api.security.CurrentCaller;
import org.passerelle.core.access.AccessService;
import org.passerelle.core.access.Identity;
import org.passerelle.core.organisation.OrganisationService;
import org.passerelle.core.organisation.OrganisationView;
import org.passerelle.core.person.PeopleDirectory.MembershipSummary;
import org.passerelle.core.person.Role;

import io.quarkus.security.Authenticated;

@Path("/api/v1/me")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = ApiTags.PLATFORM)
@SecurityRequirement(name = ApiTags.SECURITY_SCHEME)
public class MeResource {

    /** The caller as Passerelle knows it: token identity, whether it is linked to a person, and its roles. */
    public record Me(String subject, @Nullable String email, @Nullable String name, boolean platformAdmin,
            @Nullable UUID personId, List<Membership> memberships) {
    }

    public record Membership(String org, String orgName, Set<Role> roles, @Nullable UUID memberId,
            @Nullable UUID teamId, boolean memberContact) {
    }

    private final CurrentCaller caller;
    private final AccessService access;
    private final OrganisationService organisations;

    MeResource(CurrentCaller caller, AccessService access, OrganisationService organisations) {
        this.caller = caller;
        this.access = access;
        this.organisations = organisations;
    }

    @GET
    @Operation(operationId = "getMe", summary = "The caller's identity and memberships (links a pre-registered person on first call)")
    public Me me() {
        Identity identity = caller.identity();
        UUID personId = access.person(identity).orElse(null);
        List<MembershipSummary> memberships = access.memberships(identity);
        Map<UUID, OrganisationView> orgs = organisations.list(memberships.stream().map(MembershipSummary::orgId)
                .toList()).stream().collect(Collectors.toMap(OrganisationView::id, Function.identity()));
        return new Me(identity.subject(), identity.email(), identity.name(), identity.platformAdmin(), personId,
                memberships.stream()
                        .map(m -> new Membership(orgs.get(m.orgId()).slug(), orgs.get(m.orgId()).name(), m.roles(),
                                m.memberId(), m.teamId(), m.memberContact()))
                        .sorted((a, b) -> a.org().compareTo(b.org()))
                        .toList());
    }
}
