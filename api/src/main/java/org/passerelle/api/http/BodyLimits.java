package org.passerelle.api.http;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.passerelle.api.problem.ApiException;
import org.passerelle.api.problem.Problem;
import org.passerelle.api.problem.Problems;
import org.passerelle.core.i18n.Messages;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpVersion;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Request body limits, by route class: file uploads (ticket attachments, mission evidence) up to
 * {@code passerelle.http.max-upload-size}, every other body up to {@code passerelle.http.max-body-size}. A declared
 * {@code Content-Length} over the limit is refused here, before a byte is read; a body without one (chunked) is
 * counted as it is read ({@link BodyLimitReader}) and refused as soon as it passes the limit, so that memory is
 * bounded by the limits and not by the HTTP layer's hard cap ({@code quarkus.http.limits.max-body-size}). Either
 * way the answer is a 413 problem naming the limit; this route runs before the HTTP layer's own check, whose 413
 * has no body.
 * <p>
 * The rest of a refused body is read and dropped, up to the hard cap, so that a client which sends its whole body
 * before reading the answer gets the 413 rather than a reset; then the connection closes, as its
 * {@code Connection: close} header says.
 */
@Singleton
public class BodyLimits {

    private static final Logger LOG = Logger.getLogger(BodyLimits.class);
    private static final Pattern UPLOADS = Pattern.compile(
            "/api/v1/orgs/[^/]+/(tickets/[^/]+/attachments|mission/measurements/[^/]+/evidence)/?");
    private static final long MIB = 1024 * 1024;

    private final long maxBodySize;
    private final long maxUploadSize;
    private final long hardCap;
    private final ObjectMapper json;

    BodyLimits(@ConfigProperty(name = "passerelle.http.max-body-size") MemorySize maxBodySize,
            @ConfigProperty(name = "passerelle.http.max-upload-size") MemorySize maxUploadSize,
            @ConfigProperty(name = "quarkus.http.limits.max-body-size") Optional<MemorySize> hardCap,
            ObjectMapper json) {
        this.maxBodySize = maxBodySize.asLongValue();
        this.maxUploadSize = maxUploadSize.asLongValue();
        this.hardCap = hardCap.map(MemorySize::asLongValue).orElse(Long.MAX_VALUE);
        this.json = json;
    }

    void install(@Observes Router router) {
        router.route().order(RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT - 1).handler(this::check);
    }

    /** The largest body the route at {@code path} accepts, in bytes. */
    public long limitFor(String path) {
        return path != null && UPLOADS.matcher(path).matches() ? maxUploadSize : maxBodySize;
    }

    /** The refusal of a body over {@code limit}, as {@link BodyLimitReader} raises it. */
    static ApiException tooLarge(long limit) {
        return new ApiException(413, "api.payload-too-large", size(limit));
    }

    private void check(RoutingContext rc) {
        HttpServerRequest request = rc.request();
        String length = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length == null && request.getHeader(HttpHeaders.TRANSFER_ENCODING) == null) {
            rc.next(); // no body, or an HTTP/2 one without length: BodyLimitReader counts it
            return;
        }
        if (request.version() != HttpVersion.HTTP_2) {
            rc.addHeadersEndHandler(v -> {
                if (refusedWhileSending(rc)) {
                    rc.response().putHeader(HttpHeaders.CONNECTION, HttpHeaders.CLOSE);
                }
            });
            rc.addEndHandler(v -> {
                if (refusedWhileSending(rc)) {
                    dropRest(request);
                }
            });
        }
        long limit = limitFor(rc.normalizedPath());
        if (length != null && declared(length) > limit) {
            refuse(rc, limit);
            return;
        }
        rc.next();
    }

    private static long declared(String length) {
        try {
            return Long.parseLong(length.strip());
        } catch (NumberFormatException e) {
            return -1; // the HTTP codec refuses it
        }
    }

    private void refuse(RoutingContext rc, long limit) {
        // Read through the one negotiation: a header that cannot be parsed must not turn a 413 into a 500.
        Locale locale = Problems.language(() -> rc.acceptableLanguages().stream()
                .map(l -> Locale.forLanguageTag(l.tag())).toList());
        Problem problem = Problems.problem(413, locale, Messages.get(locale, "api.payload-too-large", size(limit)),
                rc.request().path(), null);
        try {
            rc.response().setStatusCode(413).putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                    .end(json.writeValueAsString(problem));
        } catch (JsonProcessingException e) {
            LOG.error("Cannot write a 413 problem", e);
            rc.response().setStatusCode(413).end();
        }
    }

    private static boolean refusedWhileSending(RoutingContext rc) {
        return rc.response().getStatusCode() == 413 && !rc.request().isEnded();
    }

    /** Reads and drops what the client still sends, then closes; closes at once past the hard cap. */
    private void dropRest(HttpServerRequest request) {
        request.handler(chunk -> {
            if (request.bytesRead() > hardCap) {
                request.connection().close();
            }
        });
        request.exceptionHandler(e -> request.connection().close());
        request.endHandler(v -> request.connection().close());
        request.resume();
    }

    /** "2 MiB", "512 KiB" or "1000 bytes": the limit as a reader expects it. */
    static String size(long bytes) {
        if (bytes >= MIB && bytes % MIB == 0) {
            return bytes / MIB + " MiB";
        }
        if (bytes >= 1024 && bytes % 1024 == 0) {
            return bytes / 1024 + " KiB";
        }
        return bytes + " bytes";
    }
}
