package org.passerelle.api.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** Finds a JDK of at least a given version on this machine (Keycloak 26 needs 21+, the build runs on 17). */
final class Jdk {

    private static final Pattern VERSION = Pattern.compile("JAVA_VERSION=\"(\\d+)");

    private Jdk() {
    }

    static Path atLeast(int feature) {
        List<Path> candidates = new ArrayList<>();
        Optional.ofNullable(System.getenv("KEYCLOAK_JAVA_HOME")).map(Path::of).ifPresent(candidates::add);
        candidates.add(Path.of(System.getProperty("java.home")));
        Optional.ofNullable(System.getenv("JAVA_HOME")).map(Path::of).ifPresent(candidates::add);
        for (String root : List.of("/usr/lib/jvm", "/opt", "/usr/local", System.getProperty("user.home") + "/.sdkman/candidates/java")) {
            try (Stream<Path> dirs = Files.list(Path.of(root))) {
                dirs.sorted().forEach(candidates::add);
            } catch (IOException | RuntimeException ignored) {
                // not there on this machine
            }
        }
        for (Path home : candidates) {
            if (version(home) >= feature && Files.isExecutable(home.resolve("bin/java"))) {
                return home;
            }
        }
        throw new IllegalStateException("The end-to-end tests start Keycloak, which needs a JDK " + feature
                + " or newer, and none was found (looked at KEYCLOAK_JAVA_HOME, JAVA_HOME, /usr/lib/jvm, /opt, "
                + "/usr/local, ~/.sdkman). Install one (e.g. Temurin 21) or set KEYCLOAK_JAVA_HOME; "
                + "or skip these tests with -DskipITs.");
    }

    private static int version(Path home) {
        try {
            Matcher m = VERSION.matcher(Files.readString(home.resolve("release")));
            return m.find() ? Integer.parseInt(m.group(1)) : 0;
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }
}
