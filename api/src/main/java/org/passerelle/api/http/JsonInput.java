package org.passerelle.api.http;

import java.io.IOException;

import jakarta.inject.Singleton;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.module.SimpleModule;

import io.quarkus.jackson.ObjectMapperCustomizer;

/**
 * Request bodies are read strictly: a field given twice is refused rather than the last one silently winning, and
 * no text may hold a NUL character (U+0000), which PostgreSQL cannot store. Both answer 400 naming the field
 * (ProblemMappers), before anything is written.
 */
@Singleton
public class JsonInput implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        mapper.registerModule(new SimpleModule("passerelle-json-input").addDeserializer(String.class, new NulFree()));
    }

    /** A text containing U+0000; its path is the field's. */
    public static final class NulCharacterException extends MismatchedInputException {

        NulCharacterException(JsonParser parser) {
            super(parser, "Text contains a NUL character (U+0000)");
        }
    }

    private static final class NulFree extends StringDeserializer {

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String value = super.deserialize(parser, context);
            if (value != null && value.indexOf('\0') >= 0) {
                throw new NulCharacterException(parser);
            }
            return value;
        }
    }
}
