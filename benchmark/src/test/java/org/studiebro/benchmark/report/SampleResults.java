package org.studiebro.benchmark.report;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.kafka.clients.CommonClientConfigs;
import org.studiebro.benchmark.load.Amplification;
import org.studiebro.benchmark.load.ChoiceCount;
import org.studiebro.benchmark.load.LagSample;
import org.studiebro.benchmark.load.LagSummary;
import org.studiebro.benchmark.load.LoadResult;
import org.studiebro.benchmark.load.LoadSettings;
import org.studiebro.benchmark.load.Milestone;
import org.studiebro.infrastructure.KafkaClientConfig;
import org.studiebro.platform.samples.Region;
import org.studiebro.platform.signin.SampleClients;
import org.studiebro.benchmark.measure.LatencySummary;
import org.studiebro.benchmark.measure.ProcessSample;
import org.studiebro.benchmark.measure.ProcessSampler;
import org.studiebro.benchmark.measure.ProcessUsage;
import org.studiebro.benchmark.measure.RunClock;
import org.studiebro.benchmark.measure.TimeSeries;

/** Made-up load results with known figures, for the rendering tests. */
final class SampleResults {

    private static final long MS = 1_000_000;

    private SampleResults() {
    }

    static LoadSettings settings(double rate, long seconds) {
        return new LoadSettings(URI.create("http://127.0.0.1:8080"), SampleClients.form(SampleClients.LOCAL_ISSUER),
                new KafkaClientConfig(Map.of(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, "127.0.0.1:9092")),
                "http://127.0.0.1:8085/apis/ccompat/v7", rate, 64, Duration.ofSeconds(seconds), 0,
                List.of(Region.GR, Region.VESTLAND), new ChoiceCount(1, 3), 0.05, 0.6, Duration.ofSeconds(10),
                Duration.ofSeconds(60), "benchmark-seats", 1);
    }

    /**
     * A run at {@code rate} for {@code seconds} that finished everything: seat requests at p99 {@code seatP99} ms,
     * final statuses at p99 {@code finalP99} ms, lag growing by {@code lagTrend} records per second.
     */
    static LoadResult result(double rate, long seconds, double seatP99, double finalP99, double lagTrend) {
        TimeSeries series = series(seconds);
        long accepted = Math.round(rate * seconds);
        Map<Milestone, LatencySummary> latencies = new EnumMap<>(Milestone.class);
        Map<Milestone, Long> reached = new EnumMap<>(Milestone.class);
        for (Milestone milestone : Milestone.values()) {
            double p99 = switch (milestone) {
                case SEAT_REQUESTED -> seatP99;
                case FINAL_STATUS -> finalP99;
                default -> 20;
            };
            latencies.put(milestone, new LatencySummary(milestone.label(), accepted, p99 / 3, p99 / 2, p99, p99 * 2,
                    p99 / 3));
            reached.put(milestone, accepted);
        }
        long lagAtEnd = Math.round(lagTrend * seconds / 2);
        return new LoadResult("Pipeline at " + rate + "/s", settings(rate, seconds), Instant.parse("2026-11-22T08:00:00Z"),
                seconds, seconds + 0.5, accepted + 10, 10, accepted, 10, Map.of("HTTP 503", 2L),
                latencies, reached, Map.of("ADMITTED", accepted / 2, "RESERVE", accepted - accepted / 2),
                new Amplification(3.5, 1.2, 0.2, 7.0), 612.4,
                List.of(new LagSummary("studiebro-routing", Math.max(lagAtEnd, 40), lagAtEnd, 0, lagTrend),
                        new LagSummary("studiebro-notifications", 12, 10, 7, 0)),
                List.of(new LagSample(0, "studiebro-routing", 0), new LagSample(1, "studiebro-routing", 40)),
                List.of(new ProcessUsage("kafka-broker", 100, 55.5, 90.1, 700.2, 0.555 * seconds),
                        new ProcessUsage("routing-service", 101, 40.0, 70.0, 400.0, 0.4 * seconds),
                        new ProcessUsage(ProcessSampler.SELF, 102, 20.0, 30.0, 300.0, 0.2 * seconds)),
                List.of(new ProcessSample(1, "kafka-broker", 100, 55.5, 700.2)),
                1800.0, series, (int) seconds - 1, List.of());
    }

    private static TimeSeries series(long seconds) {
        List<String> names = Stream.concat(Stream.of("sent", "refused", "errors"),
                Stream.of(Milestone.values()).map(Milestone::series)).toList();
        TimeSeries series = new TimeSeries(new RunClock(Instant.EPOCH, 0), names,
                Stream.of(Milestone.values()).map(Milestone::series).toList());
        for (long second = 0; second < seconds; second++) {
            long at = second * 1000 * MS + 500 * MS;
            for (int i = 0; i < 5; i++) {
                series.count("sent", at);
                series.count(Milestone.INTAKE.series(), at);
                series.latency(Milestone.INTAKE.series(), at, (10 + second) * MS);
                series.count(Milestone.FINAL_STATUS.series(), at + 200 * MS);
                series.latency(Milestone.FINAL_STATUS.series(), at + 200 * MS, (100 + 10 * i) * MS);
            }
        }
        return series;
    }
}
