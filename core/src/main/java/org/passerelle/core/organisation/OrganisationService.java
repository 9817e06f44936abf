package org.passerelle.core.organisation;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;

import org.passerelle.core.CorePolicy;
import org.passerelle.core.access.AccessCache;
import org.passerelle.core.access.Identity;
import org.passerelle.core.access.OrgAccess;
import org.passerelle.core.error.ConflictException;
import org.passerelle.core.error.NotFoundException;
import org.passerelle.core.error.StaleVersionException;

@ApplicationScoped
public class OrganisationService {

    public static final String DEFAULT_TIME_ZONE = "Europe/Paris";

    private final OrganisationRepository organisations;
    private final Event<OrganisationCreated> created;
    private final Event<OrganisationUpdated> updated;
    private final CorePolicy policy;
    private final AccessCache accesses;

    OrganisationService(OrganisationRepository organisations, Event<OrganisationCreated> created,
            Event<OrganisationUpdated> updated, CorePolicy policy, AccessCache accesses) {
        this.organisations = organisations;
        this.created = created;
        this.updated = updated;
        this.policy = policy;
        this.accesses = accesses;
    }

    /** Creates an organisation, for a platform administrator; it has no admin until one is registered. */
    @Transactional
    public OrganisationView create(Identity caller, @Valid OrganisationData data) {
        policy.createOrganisation(caller);
        if (organisations.findBySlug(data.slug()).isPresent()) {
            throw new ConflictException("core.organisation.slug-taken", data.slug());
        }
        Organisation org = new Organisation();
        org.slug = data.slug();
        org.name = data.name().strip();
        org.kind = data.kind();
        org.siren = data.siren();
        org.timeZone = data.timeZone() == null ? DEFAULT_TIME_ZONE : data.timeZone();
        organisations.persistAndFlush(org);
        created.fire(new OrganisationCreated(org.id));
        return org.view();
    }

    @Transactional
    public OrganisationView update(OrgAccess caller, long expectedVersion, @Valid OrganisationUpdate update) {
        policy.updateOrganisation(caller);
        Organisation org = organisations.findByIdOptional(caller.orgId())
                .orElseThrow(() -> new NotFoundException("organisation", caller.slug()));
        StaleVersionException.check(expectedVersion, org.version);
        org.name = update.name().strip();
        org.kind = update.kind();
        org.siren = update.siren();
        org.timeZone = update.timeZone();
        organisations.flush();
        accesses.changed(); // the time zone is part of every access to it
        updated.fire(new OrganisationUpdated(org.id));
        return org.view();
    }

    public Optional<OrganisationView> findBySlug(String slug) {
        return organisations.findBySlug(slug).map(Organisation::view);
    }

    /** The organisation behind a public path: anyone may know it exists, as its catalogue is public. */
    public OrganisationView getBySlug(String slug) {
        return findBySlug(slug).orElseThrow(() -> new NotFoundException("organisation", slug));
    }

    /** The caller's organisation's own record. */
    public OrganisationView get(OrgAccess caller) {
        policy.readOrganisation(caller);
        return get(caller.orgId());
    }

    /** For other modules' code that already holds the organisation id (documents, reports). */
    public OrganisationView get(UUID id) {
        return organisations.findByIdOptional(id).map(Organisation::view)
                .orElseThrow(() -> new NotFoundException("organisation", id));
    }

    public List<OrganisationView> list(Collection<UUID> ids) {
        return organisations.findByIds(ids).stream().map(Organisation::view).toList();
    }

    /**
     * The organisations the caller sees: every one for a platform administrator, otherwise those it belongs
     * to ({@code memberOf}, from its memberships).
     */
    public List<OrganisationView> visibleTo(Identity caller, Collection<UUID> memberOf) {
        if (policy.listsEveryOrganisation(caller)) {
            return organisations.listAll(io.quarkus.panache.common.Sort.by("name")).stream()
                    .map(Organisation::view).toList();
        }
        return list(memberOf);
    }
}
