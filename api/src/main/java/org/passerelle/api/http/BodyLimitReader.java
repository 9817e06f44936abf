package org.passerelle.api.http;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;

import io.vertx.ext.web.RoutingContext;

/**
 * Counts every request body as it is read, whatever its transfer encoding, and refuses it with a 413 as soon as it
 * passes its route's limit ({@link BodyLimits}): no reader ever gets more than the limit and one byte.
 */
@Provider
public class BodyLimitReader implements ReaderInterceptor {

    private final BodyLimits limits;
    private final RoutingContext request;

    BodyLimitReader(BodyLimits limits, RoutingContext request) {
        this.limits = limits;
        this.request = request;
    }

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        long limit = limits.limitFor(request.normalizedPath());
        Limited body = new Limited(context.getInputStream(), limit);
        context.setInputStream(body);
        try {
            Object entity = context.proceed();
            if (!(entity instanceof InputStream)) {
                body.drain();
            }
            return entity;
        } catch (IOException | RuntimeException e) {
            // Readers wrap what the stream throws (Jackson into its own exceptions): the stream knows.
            if (body.exceeded) {
                throw BodyLimits.tooLarge(limit);
            }
            throw e;
        }
    }

    /** Fails the read that goes past the limit. */
    static final class Limited extends FilterInputStream {

        private final long limit;
        private long count;
        private boolean closed;
        boolean exceeded;

        Limited(InputStream in, long limit) {
            super(in);
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                counted(1);
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, (int) Math.min(len, limit - count + 1));
            if (n > 0) {
                counted(n);
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(Math.min(n, limit - count + 1));
            counted(skipped);
            return skipped;
        }

        private void counted(long n) throws IOException {
            count += n;
            if (count > limit) {
                exceeded = true;
                throw new IOException("Request body over " + limit + " bytes");
            }
        }

        /**
         * Reads what is left, counting it: a reader that stops early (Jackson, after the JSON value) still has the
         * whole body checked.
         */
        void drain() throws IOException {
            byte[] rest = new byte[8192];
            while (!closed && read(rest, 0, rest.length) >= 0) {
                // counted
            }
        }

        @Override
        public void close() throws IOException {
            if (!exceeded && !closed) { // the rest of a refused body is not read on a worker thread: see BodyLimits
                drain();
                closed = true;
                super.close();
            }
        }

        @Override
        public boolean markSupported() {
            return false;
        }
    }
}
