package org.passerelle.core.access;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.passerelle.core.apiclient.ApiClientRegistry;
import org.passerelle.core.apiclient.ApiClientView;
import org.passerelle.core.error.NotFoundException;
import org.passerelle.core.organisation.OrganisationService;
import org.passerelle.core.organisation.OrganisationView;
import org.passerelle.core.person.PeopleDirectory;
import org.passerelle.core.person.PeopleDirectory.MembershipSummary;

/** Turns a token's identity into what the caller may do in an organisation. */
@ApplicationScoped
public class AccessService {

    private final OrganisationService organisations;
    private final PeopleDirectory people;
    private final ApiClientRegistry clients;
    private final AccessCache cache;

    AccessService(OrganisationService organisations, PeopleDirectory people, ApiClientRegistry clients,
            AccessCache cache) {
        this.organisations = organisations;
        this.people = people;
        this.clients = clients;
        this.cache = cache;
    }

    /** The person behind the identity, linking a pre-registered one on first call; empty for partners. */
    public Optional<UUID> person(Identity identity) {
        if (isPartner(identity)) {
            return Optional.empty();
        }
        return people.resolve(identity.subject(), identity.email(), identity.emailTrusted());
    }

    public List<MembershipSummary> memberships(Identity identity) {
        return person(identity).map(people::membershipsOf).orElse(List.of());
    }

    /**
     * The caller's access to the organisation {@code slug}. An organisation the caller does not belong
     * to is reported as not found, so that its existence does not leak. Resolved once per identity
     * ({@link AccessCache}).
     */
    public OrgAccess accessTo(String slug, Identity identity) {
        return cache.get(slug, identity, () -> resolve(slug, identity));
    }

    private OrgAccess resolve(String slug, Identity identity) {
        Optional<OrganisationView> org = organisations.findBySlug(slug);
        if (org.isEmpty()) {
            throw new NotFoundException("organisation", slug);
        }
        OrganisationView o = org.get();
        if (isPartner(identity)) {
            Optional<ApiClientView> client = clients.findByClientId(o.id(), identity.clientId());
            if (client.isPresent()) {
                return new OrgAccess(o.id(), o.slug(), o.zone(), client.get().roles(), null, null, false, null,
                        identity.clientId(), false);
            }
        } else {
            Optional<UUID> personId = person(identity);
            Optional<MembershipSummary> membership = personId.flatMap(p -> people.membershipIn(p, o.id()));
            if (membership.isPresent()) {
                MembershipSummary m = membership.get();
                return new OrgAccess(o.id(), o.slug(), o.zone(), m.roles(), m.memberId(), m.teamId(), m.memberContact(),
                        personId.get(), null, identity.platformAdmin());
            }
        }
        if (identity.platformAdmin()) {
            return new OrgAccess(o.id(), o.slug(), o.zone(), Set.of(), null, null, false, null, null, true);
        }
        throw new NotFoundException("organisation", slug);
    }

    /**
     * What a person of the organisation may do there, acting without a token: the author of a mail the
     * organisation's mailbox received, or the requester an agent files a quarantined mail for. Empty when the
     * person is not a member; the first use of a token is not recorded.
     */
    public Optional<OrgAccess> accessOf(UUID orgId, UUID personId) {
        OrganisationView o = organisations.get(orgId);
        return people.membershipsOf(personId).stream().filter(m -> m.orgId().equals(orgId)).findFirst()
                .map(m -> new OrgAccess(o.id(), o.slug(), o.zone(), m.roles(), m.memberId(), m.teamId(),
                        m.memberContact(), personId, null, false));
    }

    /** {@link #accessOf(UUID, UUID)} of the person registered with this e-mail address. */
    public Optional<OrgAccess> accessByEmail(UUID orgId, String email) {
        return people.personWithEmail(email).flatMap(p -> accessOf(orgId, p));
    }

    private boolean isPartner(Identity identity) {
        return identity.clientId() != null && clients.isRegisteredAnywhere(identity.clientId());
    }
}
