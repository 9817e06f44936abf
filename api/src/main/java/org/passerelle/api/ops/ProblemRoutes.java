package org.passerelle.api.ops;

import java.util.Locale;
import java.util.Map;

import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.passerelle.api.problem.Problem;
import org.passerelle.api.problem.Problems;
import org.passerelle.core.i18n.Messages;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Answers problem+json where no JAX-RS code runs: a path that matches no route, and a request line or headers
 * over Passerelle's limits ({@code passerelle.http.max-uri-length}, {@code passerelle.http.max-header-size}). The
 * HTTP layer's own limits ({@code quarkus.http.limits.max-initial-line-length}, {@code …max-header-size}) are set
 * higher: beyond them, and for a request that is not valid HTTP at all, Vert.x answers with an empty 400, 414 or
 * 431 before any application code can shape it (docs/api-conventions.md).
 */
public class ProblemRoutes {

    void install(@Observes Router router, ObjectMapper json,
            @ConfigProperty(name = "passerelle.http.max-uri-length") int maxUriLength,
            @ConfigProperty(name = "passerelle.http.max-header-size") MemorySize maxHeaderSize) {
        router.errorHandler(404, rc -> write(rc, json, 404, "api.not-found.path", rc.request().path()));
        long maxHeaders = maxHeaderSize.asLongValue();
        router.route().order(Integer.MIN_VALUE).handler(rc -> {
            if (rc.request().uri().length() > maxUriLength) {
                write(rc, json, 414, "api.uri-too-long", maxUriLength);
            } else if (headerSize(rc) > maxHeaders) {
                write(rc, json, 431, "api.headers-too-large", maxHeaders);
            } else {
                rc.next();
            }
        });
    }

    private static long headerSize(RoutingContext rc) {
        long size = 0;
        for (Map.Entry<String, String> header : rc.request().headers()) {
            size += header.getKey().length() + header.getValue().length() + 4;
        }
        return size;
    }

    private static void write(RoutingContext rc, ObjectMapper json, int status, String key, Object arg) {
        if (rc.response().ended()) {
            return;
        }
        Locale locale = Problems.language(() -> rc.acceptableLanguages().stream()
                .map(l -> Locale.forLanguageTag(l.tag())).toList());
        String path = rc.request().path();
        Problem problem = Problems.problem(status, locale, Messages.get(locale, key, arg),
                path != null && path.length() <= 1024 ? path : null, null);
        try {
            rc.response().setStatusCode(status).putHeader("Content-Type", Problem.MEDIA_TYPE)
                    .end(json.writeValueAsString(problem));
        } catch (Exception e) {
            rc.response().setStatusCode(status).end();
        }
    }

}
