package org.passerelle.api.http;

import java.io.IOException;
import java.util.Collection;

import jakarta.inject.Singleton;
import jakarta.validation.constraints.Size;

import org.passerelle.api.problem.RefusedJsonValue;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.BeanDeserializerBase;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.CollectionType;

import io.quarkus.jackson.ObjectMapperCustomizer;

/**
 * Request bodies are read strictly, and every refusal answers 400 naming the field (ProblemMappers) before
 * anything is written:
 * <ul>
 * <li>a field given twice is refused rather than the last one silently winning;</li>
 * <li>no text may hold a NUL character (U+0000): PostgreSQL cannot store it in a text, and dates, ids or codes
 * would otherwise read it as blank space and drop it;</li>
 * <li>a list longer than its {@code @Size(max)} (1,000 items without one) is refused as it is read, before its
 * items are validated one by one — Hibernate Validator takes quadratic time over many failing items of one list
 * (77 s for 10,000).</li>
 * </ul>
 */
@Singleton
public class JsonInput implements ObjectMapperCustomizer {

    static final int DEFAULT_MAX_ITEMS = 1_000;

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        mapper.registerModule(new SimpleModule("passerelle-json-input").setDeserializerModifier(new Strict()));
    }

    /** Wraps the deserializer of every value read from text (strings, enums, dates, ids…) and of every list. */
    private static final class Strict extends BeanDeserializerModifier {

        @Override
        public JsonDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription description,
                JsonDeserializer<?> deserializer) {
            return deserializer instanceof BeanDeserializerBase ? deserializer : new Checked(deserializer, -1);
        }

        @Override
        public JsonDeserializer<?> modifyEnumDeserializer(DeserializationConfig config, JavaType type,
                BeanDescription description, JsonDeserializer<?> deserializer) {
            return new Checked(deserializer, -1);
        }

        @Override
        public JsonDeserializer<?> modifyCollectionDeserializer(DeserializationConfig config, CollectionType type,
                BeanDescription description, JsonDeserializer<?> deserializer) {
            return new Checked(deserializer, DEFAULT_MAX_ITEMS);
        }
    }

    /** Refuses a text value with U+0000 and, for a list ({@code maxItems} ≥ 0), more items than allowed. */
    private static final class Checked extends DelegatingDeserializer {

        private final int maxItems;

        Checked(JsonDeserializer<?> delegate, int maxItems) {
            super(delegate);
            this.maxItems = maxItems;
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> delegate) {
            return new Checked(delegate, maxItems);
        }

        @Override
        public JsonDeserializer<?> createContextual(DeserializationContext context, BeanProperty property)
                throws JsonMappingException {
            JsonDeserializer<?> contextual = super.createContextual(context, property);
            Size size = maxItems < 0 || property == null ? null : property.getAnnotation(Size.class);
            return size != null && contextual instanceof Checked checked
                    ? new Checked(checked._delegatee, size.max())
                    : contextual;
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (parser.currentToken() == JsonToken.VALUE_STRING && parser.getText().indexOf('\0') >= 0) {
                throw new RefusedJsonValue(parser, "api.nul-character");
            }
            Object value = super.deserialize(parser, context);
            if (maxItems >= 0 && value instanceof Collection<?> items && items.size() > maxItems) {
                throw new RefusedJsonValue(parser, "api.too-many-items", maxItems);
            }
            return value;
        }
    }
}
