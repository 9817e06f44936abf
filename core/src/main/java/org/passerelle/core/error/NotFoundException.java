package org.passerelle.core.error;

/**
 * The object does not exist <em>for this caller</em>: absent, in another organisation,
 * or outside what the caller may see. The three cases are deliberately indistinguishable.
 */
public class NotFoundException extends DomainException {

    public NotFoundException(String resource, Object id) {
        super("core.not-found", resource, String.valueOf(id));
    }
}
