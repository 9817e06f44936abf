package org.passerelle.api.http;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
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
        IdempotencyStore.Entry entry = store.reserve(scope, key, fingerprint, grants);
        if (!entry.reservedNow()) {
            if (!entry.fingerprint().equals(fingerprint)) {
                throw new ApiException(422, "api.idempotency.mismatch", key);
            }
            if (entry.status() == null) {
                throw new ApiException(409, "api.idempotency.in-progress", key);
            }
            if (!grants.containsAll(entry.grants())) {
                // The first answer was given under rights the caller no longer has: it is not shown again.
                throw new ApiException(403, "api.idempotency.access-changed", key);
            }
            return replay(entry, ctx.getMethod().getReturnType());
        }
        Object result;
        try {
            result = ctx.proceed();
        } catch (Exception | Error e) {
            // Nothing was done: the client may retry with the same key.
            store.release(scope, key);
            throw e;
        }
        Response response = result instanceof RestResponse<?> typed ? typed.toResponse() : (Response) result;
        store.complete(scope, key, response.getStatus(), body(response),
                response.getLocation() == null ? null : response.getLocation().toString(),
                response.getEntityTag() == null ? null : response.getEntityTag().getValue());
        return result;
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
    private static Object replay(IdempotencyStore.Entry entry, Class<?> returnType) {
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
