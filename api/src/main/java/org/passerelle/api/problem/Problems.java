package org.passerelle.api.problem;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import jakarta.ws.rs.core.Response;

import org.passerelle.core.i18n.Messages;

/** Builds problem responses: one place decides types, titles and the media type. */
public final class Problems {

    private static final Map<Integer, String> SLUGS = Map.ofEntries(
            Map.entry(400, "bad-request"), Map.entry(401, "unauthorized"), Map.entry(403, "forbidden"),
            Map.entry(404, "not-found"), Map.entry(405, "method-not-allowed"), Map.entry(406, "not-acceptable"),
            Map.entry(409, "conflict"), Map.entry(412, "precondition-failed"), Map.entry(413, "payload-too-large"),
            Map.entry(414, "uri-too-long"), Map.entry(415, "unsupported-media-type"), Map.entry(422, "unprocessable"),
            Map.entry(428, "precondition-required"), Map.entry(431, "headers-too-large"),
            Map.entry(500, "server-error"), Map.entry(503, "service-unavailable"));
    /** At most this many entries in {@code errors}; {@code omittedErrors} counts the rest. */
    public static final int MAX_ERRORS = 100;
    /** At most this many errors spelt out in {@code detail}. */
    private static final int DETAILED_ERRORS = 10;

    private Problems() {
    }

    /**
     * The language of problem details: the one negotiated for everything ({@link Messages#negotiate}), but
     * English when the caller accepts neither French nor English, as the API's own words are English
     * (api-conventions.md).
     */
    public static Locale language(Supplier<List<Locale>> accepted) {
        return Messages.negotiate(null, accepted, Locale.ENGLISH);
    }

    /**
     * A problem of that status; {@code errors} beyond {@link #MAX_ERRORS} are counted, not listed, so that a
     * request with thousands of bad items gets a short answer.
     */
    public static Problem problem(int status, Locale locale, String detail, String instance, List<Problem.FieldError> errors) {
        String slug = errors != null && status == 400 ? "validation" : SLUGS.getOrDefault(status, "bad-request");
        boolean none = errors == null || errors.isEmpty();
        Integer omitted = !none && errors.size() > MAX_ERRORS ? errors.size() - MAX_ERRORS : null;
        return new Problem("/problems/" + slug, Messages.get(locale, "api.title." + slug), status, detail, instance,
                none ? null : List.copyOf(errors.subList(0, Math.min(errors.size(), MAX_ERRORS))), omitted);
    }

    /** {@code field: message; …} for the first errors, then how many more. */
    public static String detail(Locale locale, List<Problem.FieldError> errors) {
        String detail = errors.stream().limit(DETAILED_ERRORS).map(e -> e.field() + ": " + e.message())
                .collect(Collectors.joining("; "));
        return errors.size() <= DETAILED_ERRORS ? detail
                : detail + "; " + Messages.get(locale, "api.more-errors", errors.size() - DETAILED_ERRORS);
    }

    public static Response response(Problem problem) {
        Response.ResponseBuilder builder = Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem);
        if (problem.status() == 401) {
            builder.header("WWW-Authenticate", "Bearer");
        }
        return builder.build();
    }
}
