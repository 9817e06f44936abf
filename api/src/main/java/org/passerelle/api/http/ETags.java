package org.passerelle.api.http;

import java.net.URI;

import jakarta.ws.rs.core.EntityTag;

import org.jboss.resteasy.reactive.RestResponse;

import org.passerelle.api.problem.ApiException;
import org.passerelle.core.persistence.Versioned;

/**
 * ETags are the row's optimistic-lock version. Updates must send it back in {@code If-Match}:
 * missing → 428, malformed → 400, stale → 412 (checked by the service against the stored version).
 */
public final class ETags {

    private ETags() {
    }

    public static EntityTag of(long version) {
        return new EntityTag(Long.toString(version));
    }

    /** 200 with the view and its version as ETag; typed, so the OpenAPI document knows the body's schema. */
    public static <T extends Versioned> RestResponse<T> tagged(T view) {
        return RestResponse.ResponseBuilder.ok(view).tag(of(view.version())).build();
    }

    /**
     * 201 with the new resource, its {@code Location} (from {@link org.passerelle.api.security.Tenant#location})
     * and its first ETag; typed like {@link #tagged}.
     */
    public static <T extends Versioned> RestResponse<T> created(URI location, T view) {
        return RestResponse.ResponseBuilder.<T>created(location).entity(view).tag(of(view.version())).build();
    }

    /** 201 for a body that is no {@link Versioned} view itself (a secret shown once, an immutable row). */
    public static <T> RestResponse<T> created(URI location, T entity, long version) {
        return RestResponse.ResponseBuilder.<T>created(location).entity(entity).tag(of(version)).build();
    }

    /** 200 for a body that is no {@link Versioned} view itself, with the version of the row it shows. */
    public static <T> RestResponse<T> tagged(T entity, long version) {
        return RestResponse.ResponseBuilder.ok(entity).tag(of(version)).build();
    }

    /** The version a client read, from its {@code If-Match} header. */
    public static long expectedVersion(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ApiException(428, "api.precondition-required");
        }
        String tag = ifMatch.strip();
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        if (tag.length() < 3 || !tag.startsWith("\"") || !tag.endsWith("\"")) {
            throw new ApiException(400, "api.invalid-if-match");
        }
        try {
            return Long.parseLong(tag.substring(1, tag.length() - 1));
        } catch (NumberFormatException e) {
            throw new ApiException(400, "api.invalid-if-match");
        }
    }
}
