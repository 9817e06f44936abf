package org.passerelle.ticketing.ticket;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

import org.passerelle.core.error.RuleViolationException;

/**
 * An uploaded file as the desk stores it (ticket and article attachments alike): an accepted media type, a size
 * within the limit, a file name safe for {@code Content-Disposition}, its SHA-256 for the ETag.
 */
public record Upload(String filename, String contentType, String sha256) {

    /** Checks what was received against the configured types and size (422 otherwise). */
    public static Upload of(TicketingConfig.Attachments limits, String filename, String contentType, byte[] data) {
        String type = contentType == null ? "" : contentType.split(";")[0].strip().toLowerCase(Locale.ROOT);
        if (!limits.allowedTypes().contains(type)) {
            throw new RuleViolationException("contentType", "ticketing.attachment.type", type,
                    String.join(", ", limits.allowedTypes()));
        }
        if (data.length == 0 || data.length > limits.maxSize()) {
            throw new RuleViolationException("file", "ticketing.attachment.size", limits.maxSize() / (1024 * 1024));
        }
        String name = filename == null || filename.isBlank() ? "piece-jointe" : filename.replaceAll("[\\\\/\\r\\n\"]", "_");
        if (name.length() > 200) {
            name = name.substring(name.length() - 200);
        }
        return new Upload(name, type, sha256(data));
    }

    private static String sha256(byte[] data) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
