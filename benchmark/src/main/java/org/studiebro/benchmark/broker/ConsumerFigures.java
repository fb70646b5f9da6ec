package org.studiebro.benchmark.broker;

/**
 * kafka-consumer-perf-test's summary. {@code recordsPerSecond} counts the group join (rebalance) into the time;
 * {@code fetchRecordsPerSecond} is the rate while fetching only, the ceiling of a consumer that is already running.
 */
public record ConsumerFigures(long records, double recordsPerSecond, double mbPerSecond, double fetchRecordsPerSecond,
        double fetchMbPerSecond, double rebalanceMs, double fetchMs) {
}
