package org.passerelle.api.problem;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.hibernate.StaleStateException;
import org.hibernate.exception.DataException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.passerelle.core.error.AccessDeniedException;
import org.passerelle.core.error.ConflictException;
import org.passerelle.core.error.DomainException;
import org.passerelle.core.error.InvalidParameterException;
import org.passerelle.core.error.RuleViolationException;
import org.passerelle.core.error.StaleVersionException;
import org.passerelle.core.i18n.Messages;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;

/**
 * Every exception becomes an {@code application/problem+json} response: domain errors by type, framework
 * errors by status, and anything unexpected as a logged 500 that reveals nothing.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response domain(DomainException e, HttpHeaders headers, UriInfo uri) {
        Locale locale = locale(headers);
        String message = Messages.get(locale, e.messageKey(), e.arguments().toArray());
        int status;
        List<Problem.FieldError> errors = null;
        if (e instanceof org.passerelle.core.error.NotFoundException) {
            status = 404;
        } else if (e instanceof AccessDeniedException) {
            status = 403;
        } else if (e instanceof ConflictException) {
            status = 409;
        } else if (e instanceof StaleVersionException) {
            status = 412;
        } else if (e instanceof InvalidParameterException p) {
            status = 400;
            errors = List.of(new Problem.FieldError(p.parameter(), message));
            message = message.startsWith(p.parameter() + " ") ? message : p.parameter() + ": " + message;
        } else if (e instanceof RuleViolationException r) {
            status = 422;
            errors = r.field() == null ? null : List.of(new Problem.FieldError(r.field(), message));
        } else {
            status = 400;
        }
        return respond(status, locale, message, uri, errors);
    }

    @ServerExceptionMapper
    public Response api(ApiException e, HttpHeaders headers, UriInfo uri) {
        Locale locale = locale(headers);
        return respond(e.status(), locale, Messages.get(locale, e.messageKey(), e.arguments()), uri, null);
    }

    @ServerExceptionMapper
    public Response validation(ConstraintViolationException e, HttpHeaders headers, UriInfo uri) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(fieldOf(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field, ProblemMappers::naturalOrder))
                .toList();
        Locale locale = locale(headers);
        return respond(400, locale, Problems.detail(locale, errors), uri, errors);
    }

    @ServerExceptionMapper
    public Response malformedJson(JsonParseException e, HttpHeaders headers, UriInfo uri) {
        Locale locale = locale(headers);
        String duplicate = duplicateField(e);
        if (duplicate != null) {
            return fieldError(locale, duplicate, Messages.get(locale, "api.duplicate-field"), uri);
        }
        return respond(400, locale, Messages.get(locale, "api.malformed-json", e.getOriginalMessage()), uri, null);
    }

    /** The JSON path of a field given twice (STRICT_DUPLICATE_DETECTION), or null for other syntax errors. */
    private static String duplicateField(JsonParseException e) {
        JsonParser parser = e.getProcessor();
        if (parser == null || e.getOriginalMessage() == null || !e.getOriginalMessage().startsWith("Duplicate field")) {
            return null;
        }
        String pointer = parser.getParsingContext().pathAsPointer().toString();
        return pointer.substring(1).replaceAll("/(\\d+)(?=/|$)", "[$1]").replace('/', '.').replace(".[", "[");
    }

    @ServerExceptionMapper
    public Response mismatchedJson(MismatchedInputException e, HttpHeaders headers, UriInfo uri) {
        return badJsonValue(e, headers, uri);
    }

    @ServerExceptionMapper
    public Response badJsonValue(JsonMappingException e, HttpHeaders headers, UriInfo uri) {
        if (e.getCause() instanceof JsonParseException parse && duplicateField(parse) != null) {
            return malformedJson(parse, headers, uri);
        }
        Locale locale = locale(headers);
        String field = e.getPath().stream()
                .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
        String message = e instanceof RefusedJsonValue refused
                ? Messages.get(locale, refused.messageKey(), refused.arguments())
                : Messages.get(locale, e instanceof UnrecognizedPropertyException ? "api.unknown-field"
                        : "api.invalid-json-value");
        if (field.isEmpty()) {
            return respond(400, locale, Messages.get(locale, "api.malformed-json", e.getOriginalMessage()), uri, null);
        }
        return fieldError(locale, field, message, uri);
    }

    private static Response fieldError(Locale locale, String field, String message, UriInfo uri) {
        return respond(400, locale, field + ": " + message, uri, List.of(new Problem.FieldError(field, message)));
    }

    @ServerExceptionMapper({ UnauthorizedException.class, AuthenticationFailedException.class })
    public Response unauthorized(Exception e, HttpHeaders headers, UriInfo uri) {
        Locale locale = locale(headers);
        return respond(401, locale, Messages.get(locale, "api.unauthorized"), uri, null);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, HttpHeaders headers, UriInfo uri) {
        Locale locale = locale(headers);
        return respond(403, locale, Messages.get(locale, "core.access-denied"), uri, null);
    }

    @ServerExceptionMapper({ OptimisticLockException.class, StaleStateException.class })
    public Response concurrentUpdate(Exception e, HttpHeaders headers, UriInfo uri) {
        Locale locale = locale(headers);
        return respond(412, locale, Messages.get(locale, "api.concurrent-update"), uri, null);
    }

    /** Database constraints are the last line of defence against races the services cannot see. */
    @ServerExceptionMapper
    public Response constraint(org.hibernate.exception.ConstraintViolationException e, HttpHeaders headers, UriInfo uri) {
        Locale locale = locale(headers);
        return switch (e.getKind()) {
            case UNIQUE -> respond(409, locale, Messages.get(locale, "api.constraint.unique"), uri, null);
            case FOREIGN_KEY -> respond(409, locale, Messages.get(locale, "api.constraint.reference"), uri, null);
            default -> respond(422, locale, Messages.get(locale, "api.constraint.check"), uri, null);
        };
    }

    /**
     * A value the database refuses (SQL state class 22: text too long, number out of range, NUL character) is bad
     * input that no earlier check caught: 400, and the transaction is rolled back.
     */
    @ServerExceptionMapper
    public Response data(DataException e, HttpHeaders headers, UriInfo uri) {
        LOG.warnf("Value refused by the database on %s: %s", uri.getPath(), e.getSQLException().getMessage());
        Locale locale = locale(headers);
        return respond(400, locale, Messages.get(locale, "api.invalid-data"), uri, null);
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, HttpHeaders headers, UriInfo uri) {
        if (e.getCause() instanceof JsonParseException parse) {
            return malformedJson(parse, headers, uri);
        }
        if (e.getCause() instanceof JsonMappingException mapping) {
            return badJsonValue(mapping, headers, uri);
        }
        if (e.getCause() instanceof DomainException domain) {
            return domain(domain, headers, uri);
        }
        Locale locale = locale(headers);
        int status = e.getResponse().getStatus();
        String detail;
        if (e instanceof NotFoundException) {
            detail = Messages.get(locale, "api.not-found.path", uri.getPath());
        } else if (e instanceof NotAllowedException) {
            detail = Messages.get(locale, "api.method-not-allowed");
        } else if (e instanceof NotSupportedException) {
            detail = Messages.get(locale, "api.unsupported-media-type");
        } else if (e instanceof NotAcceptableException) {
            detail = Messages.get(locale, "api.not-acceptable");
        } else {
            detail = e.getMessage();
        }
        return respond(status, locale, detail, uri, null);
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, HttpHeaders headers, UriInfo uri) {
        if (DatabaseUnavailable.causedBy(e)) {
            return DatabaseUnavailable.response(e, locale(headers), uri.getPath());
        }
        Throwable cause = unwrap(e);
        if (cause != e && cause instanceof RuntimeException r) {
            // Transactions and interceptors wrap domain and database errors: map what is inside.
            if (r instanceof DomainException d) {
                return domain(d, headers, uri);
            }
            if (r instanceof org.hibernate.exception.ConstraintViolationException c) {
                return constraint(c, headers, uri);
            }
            if (r instanceof DataException d) {
                return data(d, headers, uri);
            }
            if (r instanceof OptimisticLockException || r instanceof StaleStateException) {
                return concurrentUpdate(r, headers, uri);
            }
        }
        String id = UUID.randomUUID().toString();
        LOG.errorf(e, "Unexpected error %s on %s", id, uri.getPath());
        Locale locale = locale(headers);
        return respond(500, locale, Messages.get(locale, "api.server-error", id), uri, null);
    }

    private static Throwable unwrap(Throwable e) {
        Throwable t = e;
        for (int depth = 0; depth < 10 && t.getCause() != null; depth++) {
            if (t instanceof DomainException || t instanceof org.hibernate.exception.ConstraintViolationException
                    || t instanceof DataException || t instanceof OptimisticLockException
                    || t instanceof StaleStateException) {
                return t;
            }
            t = t.getCause();
        }
        return t;
    }

    private static Response respond(int status, Locale locale, String detail, UriInfo uri,
            List<Problem.FieldError> errors) {
        return Problems.response(Problems.problem(status, locale, detail, uri.getPath(), errors));
    }

    static Locale locale(HttpHeaders headers) {
        return Problems.language(headers::getAcceptableLanguages);
    }

    /** Field paths with their indexes in numeric order: {@code slots[2]} before {@code slots[10]}. */
    static int naturalOrder(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            char x = a.charAt(i);
            char y = b.charAt(j);
            if (Character.isDigit(x) && Character.isDigit(y)) {
                int endA = i;
                int endB = j;
                while (endA < a.length() && Character.isDigit(a.charAt(endA))) {
                    endA++;
                }
                while (endB < b.length() && Character.isDigit(b.charAt(endB))) {
                    endB++;
                }
                int byNumber = new BigInteger(a.substring(i, endA))
                        .compareTo(new BigInteger(b.substring(j, endB)));
                if (byNumber != 0) {
                    return byNumber;
                }
                i = endA;
                j = endB;
            } else if (x != y) {
                return Character.compare(x, y);
            } else {
                i++;
                j++;
            }
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }

    /**
     * {@code create.body.address.postalCode} → {@code address.postalCode}: the path inside the request
     * body (or the query parameter's name), without the Java method and parameter names.
     */
    static String fieldOf(ConstraintViolation<?> violation) {
        List<String> names = new ArrayList<>();
        boolean inBody = false;
        for (Iterator<Path.Node> it = violation.getPropertyPath().iterator(); it.hasNext();) {
            Path.Node node = it.next();
            if (node.getKind() == ElementKind.METHOD || node.getKind() == ElementKind.CONSTRUCTOR) {
                continue;
            }
            if (node.getKind() == ElementKind.PARAMETER) {
                names.add(node.getName());
                continue;
            }
            if (!inBody && !names.isEmpty()) {
                names.clear();
                inBody = true;
            }
            String name = node.getName();
            if (node.getIndex() != null) {
                String last = names.isEmpty() ? "" : names.remove(names.size() - 1);
                names.add(last + "[" + node.getIndex() + "]");
            }
            if (name != null && !name.startsWith("<")) {
                names.add(name);
            }
        }
        String field = String.join(".", names);
        return field.isEmpty() ? "body" : field;
    }
}
