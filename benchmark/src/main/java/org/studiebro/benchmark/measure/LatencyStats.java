package org.studiebro.benchmark.measure;

import java.util.concurrent.TimeUnit;

import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

/**
 * One latency over a whole run, recorded from any thread into an HdrHistogram in microseconds (3 significant
 * digits), so that percentiles are exact to 0.1 % whatever the spread.
 */
public final class LatencyStats {

    private final String label;
    private final Histogram histogram = new ConcurrentHistogram(3);

    public LatencyStats(String label) {
        this.label = label;
    }

    public void recordNanos(long nanos) {
        histogram.recordValue(Math.max(0, TimeUnit.NANOSECONDS.toMicros(nanos)));
    }

    public long count() {
        return histogram.getTotalCount();
    }

    /**
     * On a copy: observers may still be recording (the drain's last records), and reading a histogram that grows
     * meanwhile throws ConcurrentModificationException; ConcurrentHistogram copies safely.
     */
    public LatencySummary summary() {
        return summarise(label, histogram.copy());
    }

    static LatencySummary summarise(String label, Histogram histogram) {
        if (histogram.getTotalCount() == 0) {
            return LatencySummary.empty(label);
        }
        return new LatencySummary(label, histogram.getTotalCount(),
                millis(histogram.getValueAtPercentile(50)), millis(histogram.getValueAtPercentile(95)),
                millis(histogram.getValueAtPercentile(99)), millis(histogram.getMaxValue()),
                histogram.getMean() / 1000.0);
    }

    private static double millis(long micros) {
        return micros / 1000.0;
    }
}
