package org.passerelle.core.error;

/** A malformed query parameter (limit, cursor, sort, filter): HTTP 400. */
public class InvalidParameterException extends DomainException {

    private final String parameter;

    public InvalidParameterException(String parameter, String messageKey, Object... arguments) {
        super(messageKey, arguments);
        this.parameter = parameter;
    }

    public String parameter() {
        return parameter;
    }
}
