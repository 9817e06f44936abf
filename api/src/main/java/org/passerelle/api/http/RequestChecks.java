package org.passerelle.api.http;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.passerelle.api.problem.Problem;
import org.passerelle.api.problem.Problems;
import org.passerelle.core.i18n.Messages;

import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpVersion;

/**
 * Refusals every operation shares, before any of its code runs, so that a malformed request changes nothing and
 * says what is wrong: an unreadable {@code Accept-Language} (400, in French since the caller's language cannot be
 * read), a query parameter the operation does not declare (400, so that a misspelt filter is never silently
 * ignored), a NUL character in a path or query parameter (400: PostgreSQL cannot store it). A request without a
 * body has no media type to refuse: a client's default {@code Content-Type} on a body-less action is dropped.
 */
public class RequestChecks {

    private static final String ACCEPT_LANGUAGE = "Accept-Language";
    private final Map<Method, Set<String>> declared = new ConcurrentHashMap<>();

    /** Before matching, and before any other filter reads the headers. */
    @ServerRequestFilter(preMatching = true, priority = 10)
    public Optional<Response> headers(ContainerRequestContext request, HttpServerRequest http) {
        String languages = request.getHeaderString(ACCEPT_LANGUAGE);
        if (languages != null) {
            try {
                request.getAcceptableLanguages();
            } catch (RuntimeException unreadable) {
                Locale locale = Messages.DEFAULT;
                String message = Messages.get(locale, "api.invalid-accept-language", languages);
                return Optional.of(Problems.response(Problems.problem(400, locale, ACCEPT_LANGUAGE + ": " + message,
                        request.getUriInfo().getPath(),
                        List.of(new Problem.FieldError(ACCEPT_LANGUAGE, message)))));
            }
        }
        if (request.getHeaderString(HttpHeaders.CONTENT_TYPE) != null && !hasBody(request, http.version())) {
            request.getHeaders().remove(HttpHeaders.CONTENT_TYPE);
        }
        return Optional.empty();
    }

    /** After matching: the operation's own query parameters are known. */
    @ServerRequestFilter
    public Optional<Response> parameters(ContainerRequestContext request, ResourceInfo resource) {
        Locale locale = Problems.language(request::getAcceptableLanguages);
        List<Problem.FieldError> errors = new ArrayList<>();
        Method method = resource.getResourceMethod();
        MultivaluedMap<String, String> query = request.getUriInfo().getQueryParameters();
        Set<String> accepted = method == null ? Set.of() : declared.computeIfAbsent(method, RequestChecks::queryNames);
        boolean open = method == null || method.isAnnotationPresent(ExtraQueryParameters.class);
        for (String name : new TreeSet<>(query.keySet())) {
            if (!open && !accepted.contains(name)) {
                errors.add(new Problem.FieldError(name, accepted.isEmpty()
                        ? Messages.get(locale, "api.unknown-parameter.none")
                        : Messages.get(locale, "api.unknown-parameter", String.join(", ", accepted))));
            } else if (query.get(name).stream().anyMatch(RequestChecks::hasNul)) {
                errors.add(new Problem.FieldError(name, Messages.get(locale, "api.nul-character")));
            }
        }
        request.getUriInfo().getPathParameters().forEach((name, values) -> {
            if (values.stream().anyMatch(RequestChecks::hasNul)) {
                errors.add(new Problem.FieldError(name, Messages.get(locale, "api.nul-character")));
            }
        });
        if (errors.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(Problems.response(Problems.problem(400, locale, Problems.detail(locale, errors),
                request.getUriInfo().getPath(), errors)));
    }

    /** HTTP/1.1 frames a body with Content-Length or Transfer-Encoding; HTTP/2 may send one with neither. */
    private static boolean hasBody(ContainerRequestContext request, HttpVersion version) {
        String length = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        if (length != null) {
            return !length.strip().equals("0");
        }
        return request.getHeaderString("Transfer-Encoding") != null || version == HttpVersion.HTTP_2;
    }

    private static boolean hasNul(String value) {
        return value != null && value.indexOf('\0') >= 0;
    }

    /** The query parameters a resource method declares, directly or through a {@code @BeanParam}. */
    private static Set<String> queryNames(Method method) {
        Set<String> names = new TreeSet<>();
        for (Parameter p : method.getParameters()) {
            QueryParam query = p.getAnnotation(QueryParam.class);
            RestQuery rest = p.getAnnotation(RestQuery.class);
            if (query != null) {
                names.add(query.value());
            } else if (rest != null) {
                names.add(rest.value().isEmpty() ? p.getName() : rest.value());
            } else if (p.isAnnotationPresent(BeanParam.class)) {
                for (Class<?> type = p.getType(); type != null && type != Object.class; type = type.getSuperclass()) {
                    for (Field f : type.getDeclaredFields()) {
                        if (f.isAnnotationPresent(QueryParam.class)) {
                            names.add(f.getAnnotation(QueryParam.class).value());
                        }
                    }
                }
            }
        }
        return names;
    }
}
