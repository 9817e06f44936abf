package org.passerelle.core.persistence;

/**
 * A view of a row under optimistic locking: its version is the ETag the API answers and the {@code If-Match} an
 * update must send back.
 */
public interface Versioned {

    long version();
}
