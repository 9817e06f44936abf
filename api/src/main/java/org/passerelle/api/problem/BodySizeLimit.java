package org.passerelle.api.problem;

import java.util.Optional;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import io.quarkus.runtime.configuration.MemorySize;

/**
 * Refuses a declared body over {@code passerelle.http.max-body-size} ({@code max-upload-size} for file uploads)
 * with a problem+json 413 before it is
 * read. The HTTP layer's own limit ({@code quarkus.http.limits.max-body-size}) is set higher: it answers
 * with an empty 413 that no JAX-RS code can shape, so it only serves as a hard cap.
 */
public class BodySizeLimit {

    private final MemorySize maxBodySize;
    private final MemorySize maxUploadSize;

    BodySizeLimit(@ConfigProperty(name = "passerelle.http.max-body-size") MemorySize maxBodySize,
            @ConfigProperty(name = "passerelle.http.max-upload-size") MemorySize maxUploadSize) {
        this.maxBodySize = maxBodySize;
        this.maxUploadSize = maxUploadSize;
    }

    @ServerRequestFilter(preMatching = true)
    public Optional<Response> check(ContainerRequestContext request) {
        String length = request.getHeaderString("Content-Length");
        if (length == null) {
            return Optional.empty();
        }
        // File uploads (ticket attachments, mission evidence) have their own, larger limit.
        String path = request.getUriInfo().getPath();
        MemorySize limit = path.endsWith("/attachments") || path.endsWith("/evidence") ? maxUploadSize : maxBodySize;
        try {
            if (Long.parseLong(length.strip()) <= limit.asLongValue()) {
                return Optional.empty();
            }
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        var locale = Messages.negotiate(request.getAcceptableLanguages());
        long mib = limit.asLongValue() / (1024 * 1024);
        return Optional.of(Problems.response(Problems.problem(413, locale,
                Messages.get(locale, "api.payload-too-large", mib + " MiB"), request.getUriInfo().getPath(), null)));
    }
}
