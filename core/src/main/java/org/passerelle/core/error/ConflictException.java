package org.passerelle.core.error;

/** The request collides with the current state (duplicate key, last admin, ...). */
public class ConflictException extends DomainException {

    public ConflictException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
