package org.passerelle.core.organisation;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;

import org.passerelle.core.error.ConflictException;
import org.passerelle.core.error.NotFoundException;
import org.passerelle.core.error.StaleVersionException;

@ApplicationScoped
public class OrganisationService {

    public static final String DEFAULT_TIME_ZONE = "Europe/Paris";

    private final OrganisationRepository organisations;
    private final Event<OrganisationCreated> created;

    OrganisationService(OrganisationRepository organisations, Event<OrganisationCreated> created) {
        this.organisations = organisations;
        this.created = created;
    }

    @Transactional
    public OrganisationView create(@Valid OrganisationData data) {
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
    public OrganisationView update(UUID id, long expectedVersion, @Valid OrganisationUpdate update) {
        Organisation org = organisations.findByIdOptional(id)
                .orElseThrow(() -> new NotFoundException("organisation", id));
        StaleVersionException.check(expectedVersion, org.version);
        org.name = update.name().strip();
        org.kind = update.kind();
        org.siren = update.siren();
        org.timeZone = update.timeZone();
        organisations.flush();
        return org.view();
    }

    public Optional<OrganisationView> findBySlug(String slug) {
        return organisations.findBySlug(slug).map(Organisation::view);
    }

    public OrganisationView get(UUID id) {
        return organisations.findByIdOptional(id).map(Organisation::view)
                .orElseThrow(() -> new NotFoundException("organisation", id));
    }

    public List<OrganisationView> list(Collection<UUID> ids) {
        return organisations.findByIds(ids).stream().map(Organisation::view).toList();
    }

    public List<OrganisationView> listAll() {
        return organisations.listAll(io.quarkus.panache.common.Sort.by("name")).stream()
                .map(Organisation::view).toList();
    }
}
