package org.passerelle.api.http;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.Provider;

/**
 * Headers API answers carry: nothing answered to a token is kept by a cache; an HTML document (reports,
 * certificates) runs no script, loads nothing and cannot be framed. {@code X-Content-Type-Options: nosniff} is
 * set on every route by {@code quarkus.http.header}; HSTS belongs to the TLS proxy (docs/operations.md).
 */
@Provider
public class SecurityHeaders implements ContainerResponseFilter {

    static final String HTML_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:;"
            + " frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        MultivaluedMap<String, Object> headers = response.getHeaders();
        if (request.getHeaderString(HttpHeaders.AUTHORIZATION) != null) {
            headers.putSingle(HttpHeaders.CACHE_CONTROL, "no-store");
        }
        if (response.getMediaType() != null && MediaType.TEXT_HTML_TYPE.isCompatible(response.getMediaType())) {
            headers.putSingle("Content-Security-Policy", HTML_POLICY);
            headers.putSingle("X-Frame-Options", "DENY");
        }
    }
}
