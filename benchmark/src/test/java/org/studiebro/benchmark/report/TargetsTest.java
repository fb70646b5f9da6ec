package org.studiebro.benchmark.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.studiebro.benchmark.catalog.CatalogPoint;
import org.studiebro.benchmark.load.LoadResult;

class TargetsTest {

    @Test
    void aFiveMinuteRunAtAThousandWithBoundedLagMeetsTheSustainedTarget() {
        Targets.Verdict verdict = Targets.sustained(List.of(pipeline(1000, 300, 80, 400, 0)));
        assertThat(verdict.verdict()).isEqualTo(Targets.MET);
        assertThat(verdict.measured()).contains("1 000.0 accepted/s", "lag bounded");
    }

    @Test
    void growingLagMissesIt() {
        Targets.Verdict verdict = Targets.sustained(List.of(pipeline(1000, 300, 80, 400, 25)));
        assertThat(verdict.verdict()).isEqualTo(Targets.MISSED);
        assertThat(verdict.measured()).contains("lag growing in [studiebro-routing]");
    }

    @Test
    void aShorterOrSlowerRunDoesNotMeasureIt() {
        assertThat(Targets.sustained(List.of(pipeline(300, 60, 80, 400, 0))).verdict())
                .isEqualTo(Targets.NOT_MEASURED);
    }

    @Test
    void latencyTargetsAreJudgedAtTheirRateOnly() {
        List<Targets.Verdict> at500 = Targets.latencies(List.of(pipeline(500, 300, 120, 450, 0)));
        assertThat(at500).extracting(Targets.Verdict::verdict).containsExactly(Targets.MISSED, Targets.MET,
                Targets.NOT_MEASURED);
        assertThat(at500.getFirst().measured()).isEqualTo("120.0 ms over 150 000 of 150 000 applications");

        List<Targets.Verdict> at300 = Targets.latencies(List.of(pipeline(300, 60, 50, 200, 0)));
        assertThat(at300).extracting(Targets.Verdict::verdict).containsOnly(Targets.NOT_MEASURED);
        assertThat(at300.getFirst().measured()).isEqualTo("not run at 500/s; at 300/s: 50.0 ms");

        List<Targets.Verdict> at100 = Targets.latencies(List.of(pipeline(100, 60, 40, 200, 0)));
        assertThat(at100.getLast().verdict()).isEqualTo(Targets.MET);
        assertThat(Targets.latencies(List.of(pipeline(100, 60, 60, 200, 0))).getLast().verdict())
                .isEqualTo(Targets.MISSED);
    }

    @Test
    void routingCostIsFlatWhenItsSpreadStaysWithinTwentyPercent() {
        Targets.Verdict flat = Targets.routingFlat(List.of(point(1_000, 2.5), point(10_000, 2.6),
                point(100_000, 2.8)));
        assertThat(flat.verdict()).isEqualTo(Targets.MET);
        assertThat(flat.measured()).contains("less idle 2.00–2.30", "spread 15.0 %");
        assertThat(Targets.routingFlat(List.of(point(1_000, 2.0), point(10_000, 3.0))).verdict())
                .isEqualTo("missed so far");
        assertThat(Targets.routingFlat(List.of(point(1_000, 2.0))).verdict()).isEqualTo(Targets.NOT_MEASURED);
    }

    @Test
    void readinessComesFromTheUpLog() {
        assertThat(Targets.ready(25.5).verdict()).isEqualTo(Targets.MET);
        assertThat(Targets.ready(41.5).verdict()).isEqualTo(Targets.MISSED);
        assertThat(Targets.ready(null).verdict()).isEqualTo(Targets.NOT_MEASURED);
    }

    @Test
    void theReportNamesEveryTargetAndLinksTheChart() {
        BenchmarkOutcome outcome = new BenchmarkOutcome("./studiebro benchmark --rates 500", Instant.EPOCH,
                Map.of("pipeline runs", "[500/s] for 5 min"), null,
                List.of(pipeline(500, 300, 80, 400, 0)), List.of(point(1_000, 2.0)), 40.0, "/tmp/results");

        String report = BenchmarkReport.render(outcome);

        assertThat(report).contains("# Studiebro benchmark", "## Machine and versions", "| pipeline runs",
                "p99 submit → seat request ≤ 100 ms at 500/s", "| 80.0 ms over 150 000 of 150 000", "![throughput and latency over time]"
                        + "(pipeline.png)", "## Routing cost against catalog size", "## What the figures mean",
                "/tmp/results");
    }

    @Test
    void cpuPerApplicationIsJudgedAtTheHighestRateRun() {
        PipelineOutcome low = pipeline(100, 60, 40, 200, 0);
        PipelineOutcome high = pipeline(500, 60, 40, 200, 0);
        double cpu = high.summary().cpuMsPerFinishedApplication();

        Targets.Verdict verdict = Targets.cpu(List.of(low, high));

        assertThat(verdict.measured()).startsWith(Figures.decimal(cpu, 1) + " ms at 500/s");
        assertThat(verdict.verdict()).isEqualTo(cpu <= 2 ? Targets.MET : Targets.MISSED);
        assertThat(Targets.cpu(List.of()).verdict()).isEqualTo(Targets.NOT_MEASURED);
    }

    private static PipelineOutcome pipeline(double rate, long seconds, double seatP99, double finalP99,
            double lagTrend) {
        LoadResult result = SampleResults.result(rate, seconds, seatP99, finalP99, lagTrend);
        return new PipelineOutcome(result, LoadSummary.of(result), (long) (rate * seconds * 12), seconds + 5,
                Path.of("/tmp/results/pipeline-" + (long) rate + "/chart.png"), List.of());
    }

    private static CatalogPoint point(int size, double cpuMs) {
        return new CatalogPoint(size, SampleResults.result(50, 30, 40, 300, 0), cpuMs, 3.0, cpuMs - 0.5);
    }
}
