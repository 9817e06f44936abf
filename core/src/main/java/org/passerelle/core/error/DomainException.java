package org.passerelle.core.error;

import java.util.Arrays;
import java.util.Collections;
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
        super(messageKey + " " + Arrays.toString(arguments));
        this.messageKey = messageKey;
        // Arguments may be null (a missing bound of a period, an absent value): List.of would refuse them.
        this.arguments = Collections.unmodifiableList(Arrays.asList(arguments.clone()));
    }

    public String messageKey() {
        return messageKey;
    }

    public List<Object> arguments() {
        return arguments;
    }
}
