package org.passerelle.api.openapi;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.smallrye.openapi.OpenApiFilter;

/**
 * Describes every enum of the document from {@code openapi/enums.json}: what it means, and the French label
 * of each value, listed in the description and given to programs as {@code x-enum-labels: {"fr": {…}}} so
 * that an SPA shows "En cours", not {@code IN_PROGRESS}. OpenApiContractTest fails on an enum without labels.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class EnumLabelsFilter implements OASFilter {

    /** The extension holding the labels, by language then value. */
    public static final String LABELS = "x-enum-labels";

    record EnumText(String description, Map<String, String> labels) {
    }

    private final Map<String, EnumText> enums = load();

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null) {
            return;
        }
        openAPI.getComponents().getSchemas().forEach((name, schema) -> {
            EnumText text = enums.get(name);
            if (schema.getEnumeration() != null && text != null) {
                describe(schema, text);
            }
        });
    }

    private static void describe(Schema schema, EnumText text) {
        Map<String, String> labels = new LinkedHashMap<>();
        schema.getEnumeration().forEach(value -> labels.put(String.valueOf(value),
                text.labels().getOrDefault(String.valueOf(value), String.valueOf(value))));
        schema.setDescription(text.description() + "\n\n" + labels.entrySet().stream()
                .map(e -> "- `" + e.getKey() + "`: " + e.getValue()).collect(Collectors.joining("\n")));
        schema.addExtension(LABELS, Map.of("fr", labels));
    }

    private static Map<String, EnumText> load() {
        try (InputStream in = EnumLabelsFilter.class.getResourceAsStream("/openapi/enums.json")) {
            return new ObjectMapper().readValue(in, new TypeReference<Map<String, EnumText>>() {
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
