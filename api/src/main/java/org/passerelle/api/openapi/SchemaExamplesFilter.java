package org.passerelle.api.openapi;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Schema;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.smallrye.openapi.OpenApiFilter;

/**
 * Gives the API's schemas realistic examples (from the seeds' organisations), kept as data in
 * {@code openapi/examples.json} rather than as annotations on domain records. A page of a list
 * ({@code PageResponseTicketView}) shows the example of its items. OpenApiContractTest checks that every
 * response has an example and that every example matches its schema.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class SchemaExamplesFilter implements OASFilter {

    private static final String PAGE = "PageResponse";
    /** Cursors are opaque to clients: this one only looks like a real one. */
    private static final String NEXT_CURSOR = "eyJrIjoiMjAyNS0wMy0wNFQwODozMDowMFoiLCJpZCI6IjAxOTVhIn0";

    private final Map<String, Object> examples = load("/openapi/examples.json");
    /** Bodies that are no schema of ours (CSV, Markdown, HTML, iCalendar), by operation id then media type. */
    private final Map<String, Object> bodies = load("/openapi/response-bodies.json");

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
        schemas.forEach((name, schema) -> {
            if (name.startsWith(PAGE) && schema.getExamples() == null) {
                Object item = examples.get(name.substring(PAGE.length()));
                if (item != null) {
                    Map<String, Object> page = new LinkedHashMap<>();
                    page.put("items", List.of(item));
                    page.put("next", NEXT_CURSOR);
                    schema.setExamples(List.of(page));
                }
            }
        });
        if (openAPI.getPaths() != null) {
            openAPI.getPaths().getPathItems().values().forEach(item -> item.getOperations().values()
                    .forEach(this::illustrate));
        }
    }

    /** Inline bodies: an array of one of our schemas shows its example; text formats their own. */
    @SuppressWarnings("unchecked")
    private void illustrate(Operation operation) {
        if (operation.getResponses() == null) {
            return;
        }
        Map<String, Object> own = (Map<String, Object>) bodies.getOrDefault(operation.getOperationId(), Map.of());
        operation.getResponses().getAPIResponses().values().stream().filter(r -> r.getContent() != null)
                .forEach(response -> response.getContent().getMediaTypes().forEach((type, media) -> {
                    Schema schema = media.getSchema();
                    if (schema == null || schema.getRef() != null || media.getExample() != null) {
                        return;
                    }
                    if (own.containsKey(type)) {
                        media.setExample(own.get(type));
                    } else if (schema.getItems() != null && schema.getItems().getRef() != null) {
                        Object item = examples.get(schema.getItems().getRef()
                                .substring(schema.getItems().getRef().lastIndexOf('/') + 1));
                        if (item != null) {
                            media.setExample(List.of(item));
                        }
                    }
                }));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> load(String resource) {
        try (InputStream in = SchemaExamplesFilter.class.getResourceAsStream(resource)) {
            return new ObjectMapper().readValue(in, Map.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
