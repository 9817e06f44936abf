package org.passerelle.core.error;

import java.util.List;

/**
 * Base of every business error. Carries a message key (resolved against the
 * {@code i18n/<module>} bundle named by the key's first segment) so that the API
 * can answer in the caller's language without the domain knowing about HTTP.
 */
public abstract class DomainException extends RuntimeException {

    private final String messageKey;
    private final transient List<Object> arguments;

    protected DomainException(String messageKey, Object... arguments) {
        super(messageKey + " " + List.of(arguments));
        this.messageKey = messageKey;
        this.arguments = List.of(arguments);
    }

    public String messageKey() {
        return messageKey;
    }

    public List<Object> arguments() {
        return arguments;
    }
}
