package org.passerelle.api.http;

import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.UUID;
import java.util.function.Function;

import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;

import org.passerelle.core.error.InvalidParameterException;
import org.passerelle.core.i18n.Messages;

/**
 * Converts query parameters of typed values (enums, UUIDs, dates, instants, numbers, booleans) so that a bad
 * value answers 400 naming the parameter, instead of JAX-RS's default 404 (or, for booleans, a silent
 * {@code false}). Path parameters keep 404: an id that cannot exist names no resource.
 */
@Provider
public class TypedParameterConverters implements ParamConverterProvider {

    @Override
    @SuppressWarnings("unchecked")
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        String name = queryParameterName(annotations);
        if (name == null) {
            return null;
        }
        if (rawType.isEnum()) {
            Object allowed = new Messages.Text("api.expected.one-of",
                    String.join(", ", Arrays.stream(rawType.getEnumConstants()).map(Object::toString).toList()));
            // Case-insensitive, so that lowercase codes (roles) and constant names (kinds) both read naturally.
            return (ParamConverter<T>) converter(name, v -> Arrays.stream(rawType.getEnumConstants())
                    .filter(c -> ((Enum<?>) c).name().equalsIgnoreCase(v)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException(v)), allowed);
        }
        if (rawType == UUID.class) {
            return (ParamConverter<T>) converter(name, UUID::fromString, new Messages.Text("api.expected.uuid"));
        }
        if (rawType == LocalDate.class) {
            return (ParamConverter<T>) converter(name, LocalDate::parse, new Messages.Text("api.expected.date"));
        }
        if (rawType == Instant.class) {
            return (ParamConverter<T>) converter(name, Instant::parse, new Messages.Text("api.expected.instant"));
        }
        if (rawType == Integer.class) {
            return (ParamConverter<T>) converter(name, Integer::valueOf, new Messages.Text("api.expected.integer"));
        }
        if (rawType == Long.class) {
            return (ParamConverter<T>) converter(name, Long::valueOf, new Messages.Text("api.expected.integer"));
        }
        if (rawType == Double.class) {
            return (ParamConverter<T>) converter(name, TypedParameterConverters::finite, new Messages.Text("api.expected.number"));
        }
        if (rawType == BigDecimal.class) {
            return (ParamConverter<T>) converter(name, BigDecimal::new, new Messages.Text("api.expected.number"));
        }
        if (rawType == Boolean.class) {
            return (ParamConverter<T>) converter(name, TypedParameterConverters::bool, new Messages.Text("api.expected.boolean"));
        }
        return null;
    }

    private static String queryParameterName(Annotation[] annotations) {
        for (Annotation a : annotations) {
            if (a instanceof QueryParam q) {
                return q.value();
            }
            if (a instanceof HeaderParam || a instanceof PathParam) {
                return null;
            }
        }
        return null;
    }

    private static Double finite(String value) {
        double number = Double.parseDouble(value);
        if (!Double.isFinite(number)) {
            throw new IllegalArgumentException(value);
        }
        return number;
    }

    private static Boolean bool(String value) {
        if (value.equalsIgnoreCase("true") || value.equalsIgnoreCase("false")) {
            return Boolean.valueOf(value);
        }
        throw new IllegalArgumentException(value);
    }

    private static <T> ParamConverter<T> converter(String name, Function<String, T> parse, Object expected) {
        return new ParamConverter<>() {
            @Override
            public T fromString(String value) {
                if (value == null || value.isBlank()) {
                    return null;
                }
                try {
                    return parse.apply(value.strip());
                } catch (RuntimeException e) {
                    throw new InvalidParameterException(name, "api.invalid-parameter", value, expected);
                }
            }

            @Override
            public String toString(T value) {
                return value == null ? null : value.toString();
            }
        };
    }
}
