package org.studiebro.benchmark.measure;

/** Percentiles of one latency, in milliseconds; {@code count} 0 when nothing was measured. */
public record LatencySummary(String label, long count, double p50, double p95, double p99, double max, double mean) {

    public static LatencySummary empty(String label) {
        return new LatencySummary(label, 0, 0, 0, 0, 0, 0);
    }
}
