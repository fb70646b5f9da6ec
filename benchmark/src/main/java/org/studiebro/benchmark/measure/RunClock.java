package org.studiebro.benchmark.measure;

import java.time.Instant;

/** The start of a run, in wall-clock time for the reports and in System.nanoTime for every measurement. */
public record RunClock(Instant startedAt, long startNanos) {

    public static RunClock startNow() {
        return new RunClock(Instant.now(), System.nanoTime());
    }

    /** The whole second of the run a moment falls in; moments before the start count to second 0. */
    public int second(long nanos) {
        return (int) Math.max(0, (nanos - startNanos) / 1_000_000_000L);
    }

    public double elapsedSeconds(long nanos) {
        return (nanos - startNanos) / 1e9;
    }
}
