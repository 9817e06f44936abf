package org.passerelle.api.openapi;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.passerelle.api.http.IdempotencyInterceptor;

import io.quarkus.smallrye.openapi.OpenApiFilter;

/**
 * Documents the conventions' headers once: a creating POST (201, always {@code @Idempotent}, checked by
 * ArchitectureTest) takes {@code Idempotency-Key} and answers {@code Location} and {@code ETag}; an
 * operation taking {@code If-Match} answers the new {@code ETag}.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class HttpHeadersFilter implements OASFilter {

    @Override
    public Operation filterOperation(Operation operation) {
        if (operation.getResponses() == null) {
            return operation;
        }
        APIResponse created = operation.getResponses().getAPIResponse("201");
        if (created != null) {
            operation.addParameter(OASFactory.createParameter().name(IdempotencyInterceptor.HEADER)
                    .in(Parameter.In.HEADER).required(false)
                    .description("Any unique string (a UUID): a retry with the same key and body replays the first "
                            + "response (header " + IdempotencyInterceptor.REPLAYED + ": true) instead of creating "
                            + "twice; the same key with another body is refused (422)")
                    .schema(OASFactory.createSchema().addType(SchemaType.STRING)
                            .maxLength(255)));
            created.addHeader("Location", header("URL of the created resource"));
            created.addHeader("ETag", header("Version of the created resource, for If-Match"));
        }
        APIResponse ok = operation.getResponses().getAPIResponse("200");
        if (ok != null && takesIfMatch(operation)) {
            ok.addHeader("ETag", header("New version of the resource, for the next If-Match"));
        }
        return operation;
    }

    private static boolean takesIfMatch(Operation operation) {
        return operation.getParameters() != null
                && operation.getParameters().stream().anyMatch(p -> "If-Match".equalsIgnoreCase(p.getName()));
    }

    private static Header header(String description) {
        return OASFactory.createHeader().description(description)
                .schema(OASFactory.createSchema().addType(SchemaType.STRING));
    }
}
