package org.passerelle.api.ops;

import java.sql.Connection;
import java.sql.SQLException;

import jakarta.annotation.Priority;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;
import org.jboss.logging.Logger;

import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduler;

/**
 * Checks the database before anything uses it, then applies the migrations of every module. A server
 * that cannot be reached stops the start with a message that names the settings to fix. Scheduled jobs
 * start halted ({@code quarkus.scheduler.start-mode=halted}) and are resumed here, once the schema exists:
 * none runs against a database that is still empty or half-migrated.
 */
public class DatabaseStartup {

    private static final Logger LOG = Logger.getLogger(DatabaseStartup.class);

    void migrate(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE) StartupEvent event, AgroalDataSource dataSource,
            Flyway flyway, Scheduler scheduler, @ConfigProperty(name = "quarkus.datasource.jdbc.url") String url,
            @ConfigProperty(name = "quarkus.datasource.username", defaultValue = "(none)") String user) {
        try (Connection connection = dataSource.getConnection()) {
            LOG.infof("Database reached: %s %s", connection.getMetaData().getDatabaseProductName(),
                    connection.getMetaData().getDatabaseProductVersion());
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot connect to PostgreSQL at " + url + " as user " + user + ": "
                    + e.getMessage() + ". Set QUARKUS_DATASOURCE_JDBC_URL (jdbc:postgresql://host:5432/database), "
                    + "QUARKUS_DATASOURCE_USERNAME and QUARKUS_DATASOURCE_PASSWORD to a reachable server.", e);
        }
        var result = flyway.migrate(); // its result says the version: flyway.info() would scan every migration again
        LOG.infof("Database schema at version %s (%d migrations applied now)", result.migrationsExecuted > 0
                ? result.targetSchemaVersion : result.initialSchemaVersion, result.migrationsExecuted);
        if (scheduler.isStarted()) { // not when disabled (quarkus.scheduler.enabled=false)
            scheduler.resume();
        }
    }
}
