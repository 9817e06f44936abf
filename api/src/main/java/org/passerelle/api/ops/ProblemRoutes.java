package org.passerelle.api.ops;

import java.util.Locale;

import jakarta.enterprise.event.Observes;

import org.passerelle.api.problem.Messages;
import org.passerelle.api.problem.Problem;
import org.passerelle.api.problem.Problems;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * A path that matches no route at all also answers problem+json.
 */
public class ProblemRoutes {

    void install(@Observes Router router, ObjectMapper json) {
        router.errorHandler(404, rc -> write(rc, json, 404, "api.not-found.path", rc.request().path()));
    }

    private static void write(RoutingContext rc, ObjectMapper json, int status, String key, Object arg) {
        if (rc.response().ended()) {
            return;
        }
        Locale locale = Messages.negotiate(rc.acceptableLanguages().stream()
                .map(l -> Locale.forLanguageTag(l.tag())).toList());
        Problem problem = Problems.problem(status, locale, Messages.get(locale, key, arg), rc.request().path(), null);
        try {
            rc.response().setStatusCode(status).putHeader("Content-Type", Problem.MEDIA_TYPE)
                    .end(json.writeValueAsString(problem));
        } catch (Exception e) {
            rc.response().setStatusCode(status).end();
        }
    }

}
