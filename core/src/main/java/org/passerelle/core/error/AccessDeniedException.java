package org.passerelle.core.error;

/** The caller is known in the organisation but lacks the role for this action (HTTP 403). */
public class AccessDeniedException extends DomainException {

    public AccessDeniedException() {
        super("core.access-denied");
    }

    /** Refused for a reason worth telling the caller. */
    public AccessDeniedException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
