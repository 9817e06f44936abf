package org.passerelle.core.replica;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * The read-only replica ({@code quarkus.datasource.replica.*}, e.g. {@code QUARKUS_DATASOURCE_REPLICA_JDBC_URL}): how
 * far behind the primary it may be and how often that is checked.
 */
@ConfigMapping(prefix = "passerelle.replica")
public interface ReplicaConfig {

    /** Beyond this replication lag, reads go to the primary until the replica catches up. */
    @WithDefault("30s")
    Duration maxStaleness();

    /** How long a lag measurement is trusted before it is measured again. */
    @WithDefault("5s")
    Duration checkInterval();
}
