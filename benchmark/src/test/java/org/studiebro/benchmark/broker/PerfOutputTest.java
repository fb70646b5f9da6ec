package org.studiebro.benchmark.broker;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class PerfOutputTest {

    @Test
    void readsTheProducersSummaryLineNotItsProgressLines() {
        List<String> output = List.of(
                "412345 records sent, 82469.0 records/sec (51.23 MB/sec), 120.3 ms avg latency, 410.0 ms max latency.",
                "1000000 records sent, 95123.456789 records/sec (59.10 MB/sec), 101.37 ms avg latency, 455.00 ms max "
                        + "latency, 88 ms 50th, 240 ms 95th, 330 ms 99th, 420 ms 99.9th.");
        assertThat(PerfOutput.producer(output)).hasValue(
                new ProducerFigures(1_000_000, 95123.456789, 59.10, 101.37, 455.0, 88, 240, 330, 420));
    }

    @Test
    void noSummaryIsNoFigures() {
        assertThat(PerfOutput.producer(List.of("ERROR something went wrong"))).isEmpty();
        assertThat(PerfOutput.consumer(List.of("WARN nothing"))).isEmpty();
    }

    @Test
    void readsTheConsumersColumnsByName() {
        List<String> output = List.of(
                "07:10:01.123 WARN some client warning",
                "start.time, end.time, data.consumed.in.MB, MB.sec, data.consumed.in.nMsg, nMsg.sec, rebalance.time.ms,"
                        + " fetch.time.ms, fetch.MB.sec, fetch.nMsg.sec",
                "2026-11-22 07:10:02:000, 2026-11-22 07:10:09:000, 621.4, 88.7714, 1000000, 142857.1429, 3012, 3988,"
                        + " 155.8175, 250752.2568");
        assertThat(PerfOutput.consumer(output)).hasValue(
                new ConsumerFigures(1_000_000, 142857.1429, 88.7714, 250752.2568, 155.8175, 3012, 3988));
    }
}
