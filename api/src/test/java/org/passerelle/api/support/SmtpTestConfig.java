package org.passerelle.api.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Map;
import java.util.Set;

import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Points the tests' mailer at a real SMTP port on this machine, free when the JVM starts, where {@link Smtp} runs
 * GreenMail when a test wants the server up. Several checkouts can then test side by side.
 */
public class SmtpTestConfig implements ConfigSource {

    static final int PORT = freePort();

    private static final Map<String, String> VALUES = Map.of(
            "quarkus.mailer.mock", "false",
            "quarkus.mailer.host", "127.0.0.1",
            "quarkus.mailer.port", Integer.toString(PORT));

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public Set<String> getPropertyNames() {
        return VALUES.keySet();
    }

    @Override
    public String getValue(String name) {
        return VALUES.get(name);
    }

    @Override
    public String getName() {
        return "test-smtp";
    }

    @Override
    public int getOrdinal() {
        return 275;
    }
}
