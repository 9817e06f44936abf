package org.passerelle.ticketing.intake;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;

/** Turns a MIME message into an {@link InboundMail}: sender, plain text, files, and whether a program wrote it. */
final class MailReader {

    private static final Pattern PROGRAM_SENDER = Pattern.compile(
            "^(mailer-daemon|postmaster|no-?reply|do-?not-?reply|ne-?pas-?repondre|bounces?)([+@.-]).*");
    private static final Pattern BULK = Pattern.compile("(?i)\\s*(bulk|auto_reply|list|junk)\\s*");

    private MailReader() {
    }

    static InboundMail read(MimeMessage message) throws MessagingException, IOException {
        String sender = sender(message);
        String subject = message.getSubject() == null ? "" : message.getSubject().strip();
        StringBuilder plain = new StringBuilder();
        StringBuilder html = new StringBuilder();
        List<InboundMail.File> files = new ArrayList<>();
        walk(message, plain, html, files);
        String text = !plain.isEmpty() ? plain.toString() : htmlToText(html.toString());
        String threading = String.join(" ", header(message, "In-Reply-To"), header(message, "References")).strip();
        String messageId = message.getMessageID() != null ? message.getMessageID().strip()
                : "<sha256." + sha256(sender + "\n" + subject + "\n" + text) + "@passerelle.intake>";
        return new InboundMail(messageId, sender, subject, text.strip(), threading, automatic(message, sender), files);
    }

    /** RFC 3834 and the habits of auto-responders, bounces and lists. */
    private static String automatic(MimeMessage m, String sender) throws MessagingException {
        String submitted = header(m, "Auto-Submitted");
        if (!submitted.isBlank() && !submitted.strip().equalsIgnoreCase("no")) {
            return "Auto-Submitted: " + submitted.strip();
        }
        String precedence = header(m, "Precedence");
        if (BULK.matcher(precedence).matches()) {
            return "Precedence: " + precedence.strip();
        }
        for (String h : List.of("X-Autoreply", "X-Autorespond", "List-Id")) {
            if (!header(m, h).isBlank()) {
                return h;
            }
        }
        if (sender.isEmpty() || PROGRAM_SENDER.matcher(sender).matches()) {
            return "From: " + sender;
        }
        return null;
    }

    private static void walk(Part part, StringBuilder plain, StringBuilder html, List<InboundMail.File> files)
            throws MessagingException, IOException {
        if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                walk(child, plain, html, files);
            }
        } else if (isFile(part)) {
            String name = part.getFileName() == null ? null : MimeUtility.decodeText(part.getFileName());
            files.add(new InboundMail.File(name, part.getContentType(), bytes(part.getInputStream())));
        } else if (part.isMimeType("text/plain") && plain.isEmpty()) {
            plain.append(part.getContent());
        } else if (part.isMimeType("text/html") && html.isEmpty()) {
            html.append(part.getContent());
        }
    }

    private static boolean isFile(Part part) throws MessagingException {
        return Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())
                || part.getFileName() != null && !part.isMimeType("text/plain") && !part.isMimeType("text/html");
    }

    /** Crude but enough for a ticket: line breaks kept, tags dropped, common entities decoded. */
    static String htmlToText(String html) {
        String text = html.replaceAll("(?is)<(script|style|head)[^>]*>.*?</\\1>", "")
                .replaceAll("(?i)<br\\s*/?>|</p>|</div>|</li>|</tr>|</h[1-6]>", "\n")
                .replaceAll("<[^>]*>", "")
                .replace("&nbsp;", " ").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&#39;", "'").replace("&amp;", "&");
        return text.replaceAll("[ \t]+\n", "\n").replaceAll("\n{3,}", "\n\n");
    }

    private static String sender(MimeMessage m) throws MessagingException {
        Address[] from = m.getFrom();
        if (from == null || from.length == 0 || !(from[0] instanceof InternetAddress address)
                || address.getAddress() == null) {
            return "";
        }
        return address.getAddress().strip().toLowerCase(Locale.ROOT);
    }

    private static String header(MimeMessage m, String name) throws MessagingException {
        String value = m.getHeader(name, " ");
        return value == null ? "" : value;
    }

    private static byte[] bytes(InputStream in) throws IOException {
        try (in; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            in.transferTo(out);
            return out.toByteArray();
        }
    }

    private static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
