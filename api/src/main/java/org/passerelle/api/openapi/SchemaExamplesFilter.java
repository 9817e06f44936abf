package org.passerelle.api.openapi;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.smallrye.openapi.OpenApiFilter;

/**
 * Gives the API's schemas realistic examples (from the seeds' organisations), kept as data in
 * {@code openapi/examples.json} rather than as annotations on domain records.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class SchemaExamplesFilter implements OASFilter {

    private final Map<String, Object> examples = load();

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null) {
            return;
        }
        Map<String, Schema> schemas = openAPI.getComponents().getSchemas();
        examples.forEach((name, example) -> {
            Schema schema = schemas.get(name);
            if (schema != null && schema.getExamples() == null) {
                schema.setExamples(List.of(example));
            }
        });
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> load() {
        try (InputStream in = SchemaExamplesFilter.class.getResourceAsStream("/openapi/examples.json")) {
            return new ObjectMapper().readValue(in, Map.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
