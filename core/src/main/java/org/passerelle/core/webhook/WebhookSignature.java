package org.passerelle.core.webhook;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.stream.Collectors;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signatures in the Standard Webhooks format, so that receivers verify them with its libraries:
 * {@code webhook-signature: v1,<base64 HMAC-SHA256 of "<id>.<timestamp>.<body>">}, one such signature per valid
 * secret, separated by spaces. A secret is {@code whsec_} followed by the base64 of random bytes, and the HMAC
 * key is those bytes, not the secret's text.
 */
public final class WebhookSignature {

    public static final String PREFIX = "whsec_";
    /** 256 bits: the spec asks for 24 to 64 random bytes. */
    private static final int KEY_BYTES = 32;
    private static final SecureRandom RANDOM = new SecureRandom();

    /**
     * One secret that signs deliveries.
     *
     * @param legacy a secret of a subscription registered before Passerelle followed the spec's keys: its
     *               text is the HMAC key, until it is rotated
     */
    record Key(String secret, boolean legacy) {

        byte[] bytes() {
            if (legacy) {
                return secret.getBytes(StandardCharsets.UTF_8);
            }
            return Base64.getDecoder().decode(secret.substring(PREFIX.length()));
        }

        @Override
        public String toString() {
            return "Key[legacy=" + legacy + "]";
        }
    }

    private WebhookSignature() {
    }

    /** A new secret, as the server alone makes them. */
    static String newSecret() {
        byte[] bytes = new byte[KEY_BYTES];
        RANDOM.nextBytes(bytes);
        return PREFIX + Base64.getEncoder().encodeToString(bytes);
    }

    /** The {@code webhook-signature} header: one signature per key, the current secret's first. */
    static String header(List<Key> keys, String id, long timestamp, String body) {
        return keys.stream().map(k -> sign(k.bytes(), id, timestamp, body)).collect(Collectors.joining(" "));
    }

    /** {@code v1,<base64 HMAC-SHA256 of "<id>.<timestamp>.<body>">} keyed by {@code key}. */
    static String sign(byte[] key, String id, long timestamp, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            byte[] digest = mac.doFinal((id + "." + timestamp + "." + body).getBytes(StandardCharsets.UTF_8));
            return "v1," + Base64.getEncoder().encodeToString(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
