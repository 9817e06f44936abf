package org.passerelle.core.member;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.passerelle.core.persistence.SqlValues;

/**
 * Names of member structures for other modules' reports: a module selects member ids from its own tables and
 * asks here once per report, never joining {@code members} in its SQL.
 */
@ApplicationScoped
public class MemberDirectory {

    private final EntityManager em;

    MemberDirectory(EntityManager em) {
        this.em = em;
    }

    /** The names of the organisation's structures among {@code ids} (others are absent), in one query. */
    public Map<UUID, String> names(UUID orgId, Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT id, name FROM members WHERE org_id = ?1"
                + " AND id = ANY (CAST(?2 AS uuid[]))").setParameter(1, orgId).setParameter(2, SqlValues.uuidArray(ids))
                .getResultList();
        return rows.stream().collect(Collectors.toMap(r -> (UUID) r[0], r -> (String) r[1]));
    }
}
