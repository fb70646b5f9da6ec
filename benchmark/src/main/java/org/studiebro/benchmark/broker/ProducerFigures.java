package org.studiebro.benchmark.broker;

/** kafka-producer-perf-test's summary: throughput and the latency of acks (send to acknowledgement), in ms. */
public record ProducerFigures(long records, double recordsPerSecond, double mbPerSecond, double meanLatencyMs,
        double maxLatencyMs, long p50Ms, long p95Ms, long p99Ms, long p999Ms) {
}
