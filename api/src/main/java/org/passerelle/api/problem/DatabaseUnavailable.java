package org.passerelle.api.problem;

import java.sql.SQLException;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;

import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.config.ConfigProvider;
import org.hibernate.exception.JDBCConnectionException;
import org.jboss.logging.Logger;

import org.passerelle.core.i18n.Messages;

/**
 * A request that failed because PostgreSQL cannot be reached (stopped, restarting, failing over, refusing
 * connections) or because no pooled connection freed up within {@code quarkus.datasource.jdbc.acquisition-timeout}:
 * nothing is wrong with the request, so the client is told to retry (503 with {@code Retry-After}), never 500.
 */
final class DatabaseUnavailable {

    private static final Logger LOG = Logger.getLogger(DatabaseUnavailable.class);

    /**
     * SQLSTATEs of a server that is not there for us: connection exceptions (class 08), administrator or crash
     * shutdown and "cannot connect now" (57P01–57P03, also during a restart or a failover), too many connections.
     */
    private static final Set<String> STATES = Set.of("57P01", "57P02", "57P03", "53300");

    private DatabaseUnavailable() {
    }

    /** Whether {@code e}, or an exception it wraps, says that the database is unavailable. */
    static boolean causedBy(Throwable e) {
        Throwable t = e;
        for (int depth = 0; depth < 20 && t != null; depth++, t = t.getCause()) {
            if (t instanceof JDBCConnectionException) {
                return true;
            }
            if (t instanceof SQLException sql && (unavailable(sql.getSQLState()) || raisedByPool(sql))) {
                return true;
            }
        }
        return false;
    }

    static Response response(Throwable e, Locale locale, String path) {
        long seconds = retryAfter().toSeconds();
        LOG.warnf("Database unavailable, answered 503 to %s: %s", path, rootMessage(e));
        Problem problem = Problems.problem(503, locale, Messages.get(locale, "api.database-unavailable", seconds), path,
                null);
        return Response.fromResponse(Problems.response(problem)).header("Retry-After", seconds).build();
    }

    private static boolean unavailable(String state) {
        return state != null && (state.startsWith("08") || STATES.contains(state));
    }

    /**
     * Agroal's own failures to hand out a connection (acquisition timeout, pool closing) carry no SQLSTATE; they are
     * recognised by where they were raised, the pool itself, as opposed to a driver error on a connection.
     */
    private static boolean raisedByPool(SQLException e) {
        StackTraceElement[] stack = e.getStackTrace();
        return e.getSQLState() == null && stack.length > 0 && stack[0].getClassName().startsWith("io.agroal.pool.");
    }

    private static Duration retryAfter() {
        return ConfigProvider.getConfig().getOptionalValue("passerelle.http.retry-after", Duration.class)
                .orElse(Duration.ofSeconds(5));
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getClass().getSimpleName() + ": " + t.getMessage();
    }
}
