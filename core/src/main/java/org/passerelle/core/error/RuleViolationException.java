package org.passerelle.core.error;

/** Well-formed input that a business rule refuses (HTTP 422). */
public class RuleViolationException extends DomainException {

    private final String field;

    public RuleViolationException(String field, String messageKey, Object... arguments) {
        super(messageKey, arguments);
        this.field = field;
    }

    /** The input field the rule is about, or {@code null} for the request as a whole. */
    public String field() {
        return field;
    }
}
