package org.passerelle.api.openapi;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.jboss.jandex.AnnotationInstance;
import org.jboss.jandex.AnnotationValue;
import org.jboss.jandex.ClassInfo;
import org.jboss.jandex.DotName;
import org.jboss.jandex.IndexView;
import org.jboss.jandex.RecordComponentInfo;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import jakarta.annotation.Nullable;

/**
 * One rule for what a client may rely on: <b>a record component is required and never null, unless it is
 * annotated {@link Nullable}</b>; a {@code @Nullable} one is optional and may be null. Applied to every schema
 * the API answers with (a record of ours), so that generated clients type {@code title: string} but
 * {@code assigneeId?: string | null}. ResponseContract checks every response of the tests against it.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class RequiredPropertiesFilter implements OASFilter {

    private static final DotName NULLABLE = DotName.createSimple(Nullable.class);
    private static final DotName SCHEMA = DotName
            .createSimple(org.eclipse.microprofile.openapi.annotations.media.Schema.class);
    private static final String REF_PREFIX = "#/components/schemas/";

    private final Map<String, ClassInfo> records = new HashMap<>();
    private final Map<String, ClassInfo> genericRecords = new HashMap<>();

    public RequiredPropertiesFilter(IndexView index) {
        Map<String, Set<DotName>> named = new HashMap<>();
        for (ClassInfo type : index.getKnownClasses()) {
            if (!type.isRecord() || !type.name().toString().startsWith("org.passerelle.")) {
                continue;
            }
            String name = schemaName(type);
            named.computeIfAbsent(name, n -> new HashSet<>()).add(type.name());
            (type.typeParameters().isEmpty() ? records : genericRecords).put(name, type);
        }
        // Two records, one name: SmallRye numbers one of them (OpenApiContractTest refuses that), so which is
        // which is unknown here.
        named.forEach((name, types) -> {
            if (types.size() > 1) {
                records.remove(name);
            }
        });
    }

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null
                || openAPI.getPaths() == null) {
            return;
        }
        Map<String, Schema> schemas = openAPI.getComponents().getSchemas();
        // Input-only records keep their Bean Validation rules (@NotNull is required); the rest is answered,
        // including the Problem that filters add to error responses later.
        Set<String> answered = new HashSet<>();
        Set<String> sent = new HashSet<>();
        openAPI.getPaths().getPathItems().values().forEach(item -> item.getOperations().values()
                .forEach(operation -> {
                    if (operation.getResponses() != null) {
                        operation.getResponses().getAPIResponses().values().stream()
                                .filter(response -> response.getContent() != null)
                                .forEach(response -> response.getContent().getMediaTypes().values()
                                        .forEach(media -> collect(media.getSchema(), schemas, answered)));
                    }
                    if (operation.getRequestBody() != null && operation.getRequestBody().getContent() != null) {
                        operation.getRequestBody().getContent().getMediaTypes().values()
                                .forEach(media -> collect(media.getSchema(), schemas, sent));
                    }
                }));
        schemas.forEach((name, schema) -> {
            ClassInfo record = recordOf(name);
            if (record != null && (answered.contains(name) || !sent.contains(name))) {
                apply(record, schema);
            }
        });
    }

    private ClassInfo recordOf(String schemaName) {
        ClassInfo record = records.get(schemaName);
        if (record != null) {
            return record;
        }
        // A generic record's schemas are named after it and their type arguments: PageResponseTicketView.
        return genericRecords.entrySet().stream().filter(e -> schemaName.startsWith(e.getKey()))
                .max((a, b) -> a.getKey().length() - b.getKey().length()).map(Map.Entry::getValue).orElse(null);
    }

    private static void apply(ClassInfo record, Schema schema) {
        if (schema.getProperties() == null) {
            return;
        }
        List<String> required = new ArrayList<>();
        for (RecordComponentInfo component : record.recordComponents()) {
            Schema property = schema.getProperties().get(component.name());
            if (property == null) {
                continue;
            }
            if (component.hasAnnotation(NULLABLE)) {
                schema.addProperty(component.name(), nullable(property));
            } else {
                required.add(component.name());
            }
        }
        schema.setRequired(required.isEmpty() ? null : required);
    }

    /** {@code type: [X, "null"]}, or for a reference {@code anyOf: [{$ref}, {type: "null"}]}. */
    private static Schema nullable(Schema property) {
        if (property.getRef() != null) {
            return OASFactory.createSchema().description(property.getDescription())
                    .addAnyOf(OASFactory.createSchema().ref(property.getRef()))
                    .addAnyOf(OASFactory.createSchema().addType(SchemaType.NULL));
        }
        if (property.getType() != null && !property.getType().contains(SchemaType.NULL)) {
            property.addType(SchemaType.NULL);
        }
        return property;
    }

    private static void collect(Schema schema, Map<String, Schema> schemas, Set<String> names) {
        if (schema == null) {
            return;
        }
        if (schema.getRef() != null) {
            String name = schema.getRef().substring(REF_PREFIX.length());
            if (names.add(name)) {
                collect(schemas.get(name), schemas, names);
            }
            return;
        }
        if (schema.getProperties() != null) {
            schema.getProperties().values().forEach(p -> collect(p, schemas, names));
        }
        collect(schema.getItems(), schemas, names);
        if (schema.getAdditionalPropertiesSchema() != null) {
            collect(schema.getAdditionalPropertiesSchema(), schemas, names);
        }
        Stream.of(schema.getAllOf(), schema.getAnyOf(), schema.getOneOf()).filter(Objects::nonNull)
                .flatMap(List::stream).forEach(s -> collect(s, schemas, names));
    }

    private static String schemaName(ClassInfo type) {
        AnnotationInstance schema = type.declaredAnnotation(SCHEMA);
        AnnotationValue name = schema == null ? null : schema.value("name");
        return name == null ? type.simpleName() : name.asString();
    }
}
