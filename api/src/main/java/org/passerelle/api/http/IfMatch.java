package org.passerelle.api.http;

import jakarta.ws.rs.HeaderParam;

/**
 * The {@code If-Match} header of an update, taken with {@code @BeanParam IfMatch ifMatch}: the version the
 * client read (missing → 428, malformed → 400; stale → 412, decided by the service against the stored version).
 */
public class IfMatch {

    @HeaderParam("If-Match")
    String header;

    /** The version the client read; 428 without one. */
    public long version() {
        return ETags.expectedVersion(header);
    }

    /** For a create-or-replace: null without the header (create), else the version the client read. */
    public Long versionIfAny() {
        return header == null ? null : ETags.expectedVersion(header);
    }
}
