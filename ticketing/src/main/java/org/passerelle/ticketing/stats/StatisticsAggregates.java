package org.passerelle.ticketing.stats;

import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * The aggregates the statistics read (migration V2026_12_04_70): kept by a trigger on tickets once an organisation's
 * have been built, in local days of the zone they were built in. Built here on an organisation's first read, and
 * rebuilt when its zone has changed since.
 */
@ApplicationScoped
class StatisticsAggregates {

    private final EntityManager em;

    StatisticsAggregates(EntityManager em) {
        this.em = em;
    }

    /** Makes sure the organisation's aggregates exist and count days in {@code zone}. */
    @Transactional
    void ensureBuilt(UUID orgId, ZoneId zone) {
        @SuppressWarnings("unchecked")
        List<String> built = em.createNativeQuery("select time_zone from ticket_statistics_zones where org_id = ?1")
                .setParameter(1, orgId).getResultList();
        if (built.isEmpty() || !built.get(0).equals(zone.getId())) {
            em.createNativeQuery("select cast(ticketing_rebuild_statistics(?1, ?2) as text)").setParameter(1, orgId)
                    .setParameter(2, zone.getId()).getSingleResult();
        }
    }
}
