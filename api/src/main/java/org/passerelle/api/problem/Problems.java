package org.passerelle.api.problem;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.ws.rs.core.Response;

/** Builds problem responses: one place decides types, titles and the media type. */
public final class Problems {

    private static final Map<Integer, String> SLUGS = Map.ofEntries(
            Map.entry(400, "bad-request"), Map.entry(401, "unauthorized"), Map.entry(403, "forbidden"),
            Map.entry(404, "not-found"), Map.entry(405, "method-not-allowed"), Map.entry(406, "not-acceptable"),
            Map.entry(409, "conflict"), Map.entry(412, "precondition-failed"), Map.entry(413, "payload-too-large"),
            Map.entry(415, "unsupported-media-type"), Map.entry(422, "unprocessable"),
            Map.entry(428, "precondition-required"), Map.entry(500, "server-error"),
            Map.entry(503, "service-unavailable"));

    private Problems() {
    }

    public static Problem problem(int status, Locale locale, String detail, String instance, List<Problem.FieldError> errors) {
        String slug = errors != null && status == 400 ? "validation" : SLUGS.getOrDefault(status, "bad-request");
        return new Problem("/problems/" + slug, Messages.get(locale, "api.title." + slug), status, detail, instance,
                errors == null || errors.isEmpty() ? null : errors);
    }

    public static Response response(Problem problem) {
        Response.ResponseBuilder builder = Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem);
        if (problem.status() == 401) {
            builder.header("WWW-Authenticate", "Bearer");
        }
        return builder.build();
    }
}
