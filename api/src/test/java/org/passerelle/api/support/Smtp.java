package org.passerelle.api.support;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

import org.eclipse.microprofile.config.ConfigProvider;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

/**
 * The tests' SMTP server: GreenMail in the test JVM, on the port the mailer is configured with
 * ({@link SmtpTestConfig}). Down until a test brings it up; a test may take it down again, or make it silent.
 */
public final class Smtp {

    /**
     * A received e-mail, decoded; {@code headers} holds the first value of each header, by lower-case name, and
     * {@code attachments} each attached file's content type and text (bytes read as UTF-8), by file name.
     */
    public record Received(String to, String subject, String text, Map<String, String> headers,
            Map<String, Attached> attachments) {

        public String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }
    }

    /** An attached file. */
    public record Attached(String contentType, String content) {
    }

    private static GreenMail server;
    private static ServerSocket silent;
    private static final List<Socket> held = new CopyOnWriteArrayList<>();

    private Smtp() {
    }

    public static synchronized void up() {
        if (silent != null) {
            down();
        }
        if (server == null) {
            server = new GreenMail(new ServerSetup(port(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            server.start();
        }
    }

    /** Nothing listens: connections are refused. */
    public static synchronized void down() {
        if (server != null) {
            server.stop();
            server = null;
        }
        if (silent != null) {
            close(silent);
            silent = null;
            held.forEach(Smtp::close);
            held.clear();
        }
    }

    /**
     * A server that accepts connections and never answers, like an unreachable or overloaded one: a client that
     * waits for it waits until its own timeout.
     */
    public static synchronized void silent() {
        down();
        try {
            silent = new ServerSocket(port(), 50, InetAddress.getByName("127.0.0.1"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ServerSocket listening = silent;
        Thread acceptor = new Thread(() -> {
            while (!listening.isClosed()) {
                try {
                    held.add(listening.accept());
                } catch (IOException closed) {
                    return;
                }
            }
        }, "silent-smtp");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    private static int port() {
        return ConfigProvider.getConfig().getValue("quarkus.mailer.port", Integer.class);
    }

    private static void close(java.io.Closeable c) {
        try {
            c.close();
        } catch (IOException ignored) {
            // already closed
        }
    }

    /** What the server has received for {@code to} so far. */
    public static synchronized List<Received> sentTo(String to) {
        if (server == null) {
            return List.of();
        }
        return Arrays.stream(server.getReceivedMessages()).filter(m -> addressedTo(m, to)).map(m -> decode(m, to))
                .toList();
    }

    /** Waits until {@code count} e-mails to {@code to} have arrived (the outbox sends in the background). */
    public static List<Received> awaitSentTo(String to, int count) {
        return awaitSentTo(to, count, m -> true);
    }

    /** Waits until {@code count} e-mails to {@code to} matching {@code which} have arrived; returns those. */
    public static List<Received> awaitSentTo(String to, int count, Predicate<Received> which) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        List<Received> received = sentTo(to).stream().filter(which).toList();
        while (received.size() < count) {
            if (Instant.now().isAfter(deadline)) {
                fail("Expected " + count + " e-mails to " + to + ", got " + sentTo(to));
            }
            pause(Duration.ofMillis(200));
            received = sentTo(to).stream().filter(which).toList();
        }
        return received;
    }

    public static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static boolean addressedTo(MimeMessage message, String to) {
        try {
            Address[] recipients = message.getAllRecipients();
            return recipients != null && Arrays.stream(recipients).anyMatch(a -> a.toString().equalsIgnoreCase(to));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Received decode(MimeMessage message, String to) {
        try {
            Object content = message.getContent();
            Map<String, String> headers = new HashMap<>();
            for (var all = message.getAllHeaders(); all.hasMoreElements();) {
                jakarta.mail.Header h = all.nextElement();
                headers.putIfAbsent(h.getName().toLowerCase(Locale.ROOT), h.getValue());
            }
            String text = content instanceof String s ? s : String.valueOf(content);
            Map<String, Attached> attachments = new HashMap<>();
            if (content instanceof jakarta.mail.Multipart multipart) {
                text = "";
                for (int i = 0; i < multipart.getCount(); i++) {
                    jakarta.mail.BodyPart part = multipart.getBodyPart(i);
                    String body = new String(part.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                    if (part.getFileName() != null) {
                        attachments.put(part.getFileName(), new Attached(part.getContentType(), body));
                    } else if (text.isEmpty()) {
                        text = body;
                    }
                }
            }
            return new Received(to, message.getSubject(), text, headers, attachments);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
