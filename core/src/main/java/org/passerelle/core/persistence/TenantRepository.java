package org.passerelle.core.persistence;

import java.util.Optional;
import java.util.UUID;

import org.passerelle.core.error.NotFoundException;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/** A repository of tenant rows: lookups by id always name the organisation too. */
public interface TenantRepository<E extends TenantEntity> extends PanacheRepositoryBase<E, UUID> {

    default Optional<E> findInOrg(UUID orgId, UUID id) {
        return find("orgId = ?1 and id = ?2", orgId, id).firstResultOptional();
    }

    /** The row, or a 404-mapped {@link NotFoundException} naming {@code resource} when absent from this organisation. */
    default E getInOrg(UUID orgId, UUID id, String resource) {
        return findInOrg(orgId, id).orElseThrow(() -> new NotFoundException(resource, id));
    }
}
