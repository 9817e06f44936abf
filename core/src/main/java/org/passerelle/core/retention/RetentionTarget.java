package org.passerelle.core.retention;

import java.time.Duration;

import jakarta.persistence.EntityManager;

/**
 * Rows that are kept only for a while (delivery logs, replay records, received messages): a bean of a module that
 * owns such a table. {@link RetentionJob} calls it in batches, each in its own transaction.
 */
public interface RetentionTarget {

    /** Names the rows in logs and metrics, e.g. {@code webhook_deliveries}. */
    String name();

    /** Deletes at most {@code limit} rows past their retention, in the current transaction; returns how many. */
    int purge(int limit);

    /** A target whose native {@code delete} takes the retention in seconds as {@code ?1} and the limit as {@code ?2}. */
    static RetentionTarget sql(String name, EntityManager em, Duration retention, String delete) {
        return new RetentionTarget() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public int purge(int limit) {
                return em.createNativeQuery(delete).setParameter(1, (double) retention.toSeconds())
                        .setParameter(2, limit).executeUpdate();
            }
        };
    }
}
