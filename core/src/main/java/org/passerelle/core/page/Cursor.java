package org.passerelle.core.page;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;

import org.passerelle.core.error.InvalidParameterException;

/**
 * Position after the last row of a page: the sort key of that row and its id (the tie-breaker).
 * Encoded as URL-safe base64 so clients treat it as opaque.
 */
public record Cursor(String sortKey, UUID id) {

    public String encode() {
        String raw = id + "|" + (sortKey == null ? "" : sortKey);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    public static Cursor decode(String encoded) {
        try {
            String raw = new String(Base64.getUrlDecoder().decode(encoded), StandardCharsets.UTF_8);
            int bar = raw.indexOf('|');
            return new Cursor(raw.substring(bar + 1), UUID.fromString(raw.substring(0, bar)));
        } catch (IllegalArgumentException | StringIndexOutOfBoundsException e) {
            throw new InvalidParameterException("cursor", "core.invalid-cursor");
        }
    }
}
