package org.passerelle.api.openapi;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

import io.quarkus.smallrye.openapi.OpenApiFilter;

/**
 * Documents, once for all operations, the problem+json errors the conventions produce: every secured
 * operation may answer 401/403/404, bodies may be invalid, updates need If-Match, POST may conflict.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class ProblemResponsesFilter implements OASFilter {

    /** Unauthenticated, cacheable reads: no 401/403, but 304. */
    static final String PUBLIC_PATHS = "/api/v1/public/";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        // Each deployment serves its own document: its server is wherever the document was fetched from.
        openAPI.setServers(List.of(OASFactory.createServer().url("/")
                .description("The deployment serving this document (production, staging or local)")
                .addExtension("x-internal", false)));
        if (openAPI.getPaths() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().forEach((path, item) -> {
            if (!path.startsWith("/api/")) {
                return;
            }
            boolean open = path.startsWith(PUBLIC_PATHS);
            item.getOperations().forEach((method, operation) -> document(method, operation, open));
        });
    }

    private static void document(PathItem.HttpMethod method, Operation operation, boolean open) {
        Map<String, String> errors = new LinkedHashMap<>();
        errors.put("500", "Unexpected error; the problem's detail carries an id to quote (never a stack trace)");
        errors.put("400", "Invalid input or parameter (with errors[])");
        errors.put("503", "The database is unavailable or saturated: nothing was done, retry after Retry-After seconds");
        if (!open) {
            errors.put("401", "Missing, expired or invalid bearer token");
            errors.put("403", "The caller's roles do not allow this action");
        }
        errors.put("404", "Not found, or not visible to the caller");
        switch (method) {
            case POST -> {
                errors.put("409", "Conflicts with existing data (duplicate, idempotency key in use, invalid transition)");
                errors.put("413", "Request body too large");
                errors.put("415", "Body is not application/json");
                errors.put("422", "A business rule refuses the request");
                if (takesIfMatch(operation)) {
                    errors.put("412", "If-Match is stale: the resource changed since it was read");
                    errors.put("428", "If-Match is missing");
                }
            }
            case PUT, PATCH -> {
                errors.put("409", "Conflicts with existing data");
                errors.put("412", "If-Match is stale: the resource changed since it was read");
                errors.put("413", "Request body too large");
                errors.put("415", "Body is not application/json");
                errors.put("422", "A business rule refuses the request");
                errors.put("428", "If-Match is missing");
            }
            case DELETE -> {
                errors.put("409", "Other data still refers to this resource");
                errors.put("412", "If-Match is stale: the resource changed since it was read");
                errors.put("428", "If-Match is missing");
            }
            default -> {
            }
        }
        APIResponses responses = operation.getResponses();
        if (responses == null) {
            responses = OASFactory.createAPIResponses();
            operation.setResponses(responses);
        }
        if (open) {
            operation.setSecurity(new ArrayList<>());
            responses.addAPIResponse("304", OASFactory.createAPIResponse()
                    .description("Not modified: the If-None-Match ETag is still current"));
        }
        for (var entry : errors.entrySet()) {
            APIResponse response = responses.getAPIResponse(entry.getKey());
            if (response == null) {
                responses.addAPIResponse(entry.getKey(),
                        OASFactory.createAPIResponse().description(entry.getValue()).content(problemContent()));
            } else if (response.getContent() == null) {
                // Generated entries (e.g. 401/403 from security annotations) have no body: it is a problem.
                response.setContent(problemContent());
            }
        }
        responses.getAPIResponse("503").addHeader("Retry-After", OASFactory.createHeader()
                .description("Seconds to wait before retrying")
                .schema(OASFactory.createSchema().addType(Schema.SchemaType.INTEGER).format("int32")));
    }

    private static boolean takesIfMatch(Operation operation) {
        return operation.getParameters() != null
                && operation.getParameters().stream().anyMatch(p -> "If-Match".equalsIgnoreCase(p.getName()));
    }

    private static Content problemContent() {
        return OASFactory.createContent().addMediaType("application/problem+json",
                OASFactory.createMediaType().schema(OASFactory.createSchema().ref("Problem")));
    }
}
