package org.passerelle.core.error;

/** The client edited an older version than the stored one (HTTP 412): it must re-read and retry. */
public class StaleVersionException extends DomainException {

    public StaleVersionException(long expected, long actual) {
        super("core.stale-version", expected, actual);
    }

    /** Refuses the change unless the client saw the stored version. */
    public static void check(long expected, long actual) {
        if (expected != actual) {
            throw new StaleVersionException(expected, actual);
        }
    }
}
