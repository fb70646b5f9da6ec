package org.studiebro.benchmark.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;

class LatencyStatsTest {

    private static final long MS = 1_000_000;

    @Test
    void percentilesAreExactToATenthOfAPercent() {
        LatencyStats stats = new LatencyStats("intake");
        for (int millis = 1; millis <= 1000; millis++) {
            stats.recordNanos(millis * MS);
        }
        LatencySummary summary = stats.summary();
        assertThat(summary.label()).isEqualTo("intake");
        assertThat(summary.count()).isEqualTo(1000);
        assertThat(summary.p50()).isCloseTo(500, within(0.5));
        assertThat(summary.p95()).isCloseTo(950, within(1.0));
        assertThat(summary.p99()).isCloseTo(990, within(1.0));
        assertThat(summary.max()).isCloseTo(1000, within(1.0));
        assertThat(summary.mean()).isCloseTo(500.5, within(0.5));
    }

    @Test
    void nothingRecordedIsAnEmptySummaryAndNegativeClockSkewCountsAsZero() {
        assertThat(new LatencyStats("x").summary()).isEqualTo(LatencySummary.empty("x"));
        LatencyStats stats = new LatencyStats("y");
        stats.recordNanos(-5 * MS);
        assertThat(stats.summary().max()).isZero();
    }

    @Test
    void timeSeriesCountAndMeasureBySecondOfTheRun() {
        RunClock clock = new RunClock(java.time.Instant.EPOCH, 0);
        TimeSeries series = new TimeSeries(clock, List.of("sent"), List.of("intake"));
        series.count("sent", 100 * MS);
        series.count("sent", 900 * MS);
        series.count("sent", 2_100 * MS);
        series.latency("intake", 2_100 * MS, 40 * MS);
        series.latency("intake", 2_200 * MS, 60 * MS);

        assertThat(series.lastSecond()).isEqualTo(2);
        assertThat(series.count("sent", 0)).isEqualTo(2);
        assertThat(series.count("sent", 1)).isZero();
        assertThat(series.count("sent", 2)).isEqualTo(1);
        assertThat(series.latency("intake", 2).count()).isEqualTo(2);
        assertThat(series.latency("intake", 2).max()).isCloseTo(60, within(1.0));
        assertThat(series.latency("intake", 1).count()).isZero();
    }

    @Test
    void summarisesWhileOtherThreadsStillRecord() throws Exception {
        LatencyStats stats = new LatencyStats("final status");
        stats.recordNanos(1_000_000);
        AtomicBoolean recording = new AtomicBoolean(true);
        Thread recorder = Thread.ofPlatform().start(() -> {
            long value = 1;
            while (recording.get()) {
                stats.recordNanos(value++ * 1_000_000 % 60_000_000_000L);
            }
        });
        try {
            for (int i = 0; i < 2_000; i++) {
                assertThat(stats.summary().count()).isPositive();
            }
        } finally {
            recording.set(false);
            recorder.join();
        }
    }
}
