package org.passerelle.api.support;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * Runs independent checks side by side, one thread per item, so that a test sending hundreds of requests that
 * change nothing (refusals, reads) keeps both cores busy. The first failure is rethrown as it was raised.
 */
public final class Concurrently {

    private Concurrently() {
    }

    public static <T> void forEach(List<T> items, Consumer<T> check) {
        ExecutorService pool = Executors.newFixedThreadPool(items.size());
        try {
            List<Future<?>> running = new ArrayList<>();
            for (T item : items) {
                running.add(pool.submit(() -> check.accept(item)));
            }
            for (Future<?> f : running) {
                f.get();
            }
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } finally {
            pool.shutdownNow();
        }
    }
}
