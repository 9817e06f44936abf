package org.passerelle.core.organisation;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
class OrganisationRepository implements PanacheRepositoryBase<Organisation, UUID> {

    Optional<Organisation> findBySlug(String slug) {
        return find("slug", slug).firstResultOptional();
    }

    List<Organisation> findByIds(Collection<UUID> ids) {
        return ids.isEmpty() ? List.of() : list("id in ?1 order by name", ids);
    }
}
