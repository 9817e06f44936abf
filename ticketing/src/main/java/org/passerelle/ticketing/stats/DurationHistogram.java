package org.passerelle.ticketing.stats;

import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;

/**
 * Processing times counted in log-scale buckets of 2 % width (SQL {@code ticket_duration_bucket}): bucket 0 holds
 * 0 s, bucket b ≥ 1 holds [1.02^(b-1), 1.02^b) s and is read back as its geometric middle 1.02^(b-0.5), so a
 * median read here is within 1 % of the exact one (then rounded to the second). Mean values never come from here:
 * they are exact sums.
 */
final class DurationHistogram {

    static final double RATIO = 1.02;

    private final TreeMap<Integer, Long> counts = new TreeMap<>();

    void add(int bucket, long tickets) {
        counts.merge(bucket, tickets, Long::sum);
    }

    /** The median as {@code percentile_cont(0.5)} defines it (the middle value, or the mean of the two middle ones). */
    Duration median() {
        long n = counts.values().stream().mapToLong(Long::longValue).sum();
        if (n <= 0) {
            return null;
        }
        double low = valueAt((n + 1) / 2);
        double high = n % 2 == 1 ? low : valueAt(n / 2 + 1);
        return Duration.ofSeconds(Math.round((low + high) / 2));
    }

    /** The representative value of the bucket holding the rank-th smallest time (1-based). */
    private double valueAt(long rank) {
        long seen = 0;
        for (Map.Entry<Integer, Long> e : counts.entrySet()) {
            seen += e.getValue();
            if (seen >= rank) {
                return representative(e.getKey());
            }
        }
        throw new IllegalStateException("rank " + rank + " beyond " + seen);
    }

    static double representative(int bucket) {
        return bucket == 0 ? 0 : Math.pow(RATIO, bucket - 0.5);
    }
}
