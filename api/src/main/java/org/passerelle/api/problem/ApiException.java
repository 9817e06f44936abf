package org.passerelle.api.problem;

/** An HTTP-level refusal raised by the API layer itself (missing If-Match, idempotency misuse...). */
public class ApiException extends RuntimeException {

    private final int status;
    private final String messageKey;
    private final transient Object[] arguments;

    public ApiException(int status, String messageKey, Object... arguments) {
        super(messageKey);
        this.status = status;
        this.messageKey = messageKey;
        this.arguments = arguments;
    }

    public int status() {
        return status;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments;
    }
}
