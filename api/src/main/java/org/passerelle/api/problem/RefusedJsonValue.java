package org.passerelle.api.problem;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

/**
 * A value of a request body refused as it is read, with the message saying why; Jackson adds the field's path,
 * and ProblemMappers answers 400 naming it.
 */
public class RefusedJsonValue extends MismatchedInputException {

    private final String messageKey;
    private final transient Object[] arguments;

    public RefusedJsonValue(JsonParser parser, String messageKey, Object... arguments) {
        super(parser, messageKey);
        this.messageKey = messageKey;
        this.arguments = arguments;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments;
    }
}
