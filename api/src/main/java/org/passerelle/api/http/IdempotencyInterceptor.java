package org.passerelle.api.http;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestResponse;
import org.passerelle.api.problem.ApiException;
import org.passerelle.api.security.CurrentCaller;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.vertx.core.http.HttpServerRequest;

@Idempotent
@Interceptor
@Priority(Interceptor.Priority.APPLICATION)
public class IdempotencyInterceptor {

    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED = "Idempotent-Replayed";
    private static final Pattern ORGANISATION_PATH = Pattern.compile("/api/v1/orgs/([^/]+)");

    private final HttpServerRequest request;
    private final CurrentCaller caller;
    private final IdempotencyStore store;
    private final ObjectMapper json;

    IdempotencyInterceptor(HttpServerRequest request, CurrentCaller caller, IdempotencyStore store, ObjectMapper json) {
        this.request = request;
        this.caller = caller;
        this.store = store;
        this.json = json;
    }

    @AroundInvoke
    Object around(InvocationContext ctx) throws Exception {
        String key = request.getHeader(HEADER);
        if (key == null) {
            return ctx.proceed();
        }
        if (!key.matches("[\\x21-\\x7E]{1,255}")) {
            throw new ApiException(400, "api.idempotency.invalid");
        }
        String scope = caller.identity().subject() + " " + request.method() + " " + request.path();
        String fingerprint = sha256(json.writeValueAsString(ctx.getParameters()));
        Set<String> grants = grants();
        // One transaction holds the key, does the work and stores the response: a crash or a failure leaves
        // nothing (the key can be used again), a commit leaves the work and its response together.
        try {
            return QuarkusTransaction.joiningExisting().call(() -> {
                Optional<IdempotencyStore.Entry> stored = store.hold(scope, key);
                if (stored.isPresent()) {
                    return replay(stored.get(), key, fingerprint, grants, ctx.getMethod().getReturnType());
                }
                Object result = proceed(ctx);
                Response response = result instanceof RestResponse<?> typed ? typed.toResponse() : (Response) result;
                store.save(scope, key, new IdempotencyStore.Entry(fingerprint, response.getStatus(), body(response),
                        response.getLocation() == null ? null : response.getLocation().toString(),
                        response.getEntityTag() == null ? null : response.getEntityTag().getValue(), grants));
                return result;
            });
        } catch (CheckedFailure e) {
            throw e.checked;
        }
    }

    private static Object proceed(InvocationContext ctx) {
        try {
            return ctx.proceed();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new CheckedFailure(e);
        }
    }

    /** Carries a checked exception of the resource method through the transaction, which rolls back. */
    private static final class CheckedFailure extends RuntimeException {
        private final Exception checked;

        CheckedFailure(Exception checked) {
            super(checked);
            this.checked = checked;
        }
    }

    /** The caller's grants where the request acts: its organisation (404 if it has no access there), or the platform. */
    private Set<String> grants() {
        Matcher org = ORGANISATION_PATH.matcher(request.path());
        if (org.lookingAt()) {
            return caller.in(org.group(1)).grants();
        }
        return caller.identity().platformAdmin() ? Set.of("platform-admin") : Set.of();
    }

    private String body(Response response) throws JsonProcessingException {
        return response.getEntity() == null ? null : json.writeValueAsString(response.getEntity());
    }

    /** The stored response, as the type the resource method declares (the stored body is JSON text). */
    private static Object replay(IdempotencyStore.Entry entry, String key, String fingerprint, Set<String> grants,
            Class<?> returnType) {
        if (!entry.fingerprint().equals(fingerprint)) {
            throw new ApiException(422, "api.idempotency.mismatch", key);
        }
        if (!grants.containsAll(entry.grants())) {
            // The first answer was given under rights the caller no longer has: it is not shown again.
            throw new ApiException(403, "api.idempotency.access-changed", key);
        }
        RestResponse.ResponseBuilder<Object> builder = RestResponse.ResponseBuilder.create(entry.status())
                .header(REPLAYED, "true");
        if (entry.body() != null) {
            builder.entity(entry.body()).type(MediaType.APPLICATION_JSON_TYPE);
        }
        if (entry.location() != null) {
            builder.header("Location", entry.location());
        }
        if (entry.etag() != null) {
            builder.tag(entry.etag());
        }
        RestResponse<Object> response = builder.build();
        return returnType == RestResponse.class ? response : response.toResponse();
    }

    private static String sha256(String value) {
        try {
            return HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
