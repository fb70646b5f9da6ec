package org.studiebro.benchmark;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.kafka.common.TopicPartition;
import org.studiebro.benchmark.broker.BrokerActivity;
import org.studiebro.benchmark.broker.BrokerCeiling;
import org.studiebro.benchmark.broker.CeilingResult;
import org.studiebro.benchmark.catalog.CatalogPoint;
import org.studiebro.benchmark.catalog.CatalogScaling;
import org.studiebro.benchmark.load.LoadResult;
import org.studiebro.benchmark.load.LoadRun;
import org.studiebro.benchmark.load.Rates;
import org.studiebro.benchmark.load.StopFlag;
import org.studiebro.benchmark.profile.ProcessProfile;
import org.studiebro.benchmark.profile.ProfileWindow;
import org.studiebro.benchmark.report.BenchmarkOutcome;
import org.studiebro.benchmark.report.BenchmarkReport;
import org.studiebro.benchmark.report.LoadFiles;
import org.studiebro.benchmark.report.LoadSummary;
import org.studiebro.benchmark.report.PipelineChart;
import org.studiebro.benchmark.report.PipelineOutcome;
import org.studiebro.infrastructure.KafkaClientConfig;

/**
 * {@code ./studiebro benchmark}: in one run on one machine, a warm-up (which also measures the size of an
 * ApplicationSubmitted record), the raw broker ceiling with Kafka's own tools at that record size, the pipeline at
 * each rate, routing cost at each catalog size, then the report. Each run's files (CSV, summaries, chart, profiles) go
 * into the results directory under .studiebro/; only REPORT.md and one chart go to the report's directory.
 */
public final class BenchmarkRun {

    private static final Pattern UP_AFTER = Pattern.compile("Studiebro is up after ([\\d.]+) s");
    private static final Duration PAUSE = Duration.ofSeconds(5);
    private static final long SETTLED_LAG = 100;
    private static final Duration SETTLE_PATIENCE = Duration.ofMinutes(2);

    private final BenchmarkPlan plan;
    private final StopFlag stop;
    private final PrintStream out;

    private BenchmarkRun(BenchmarkPlan plan, StopFlag stop, PrintStream out) {
        this.plan = plan;
        this.stop = stop;
        this.out = out;
    }

    /**
     * @param upSeconds   how long ./studiebro up took to be ready, or null when not known
     * @param commandLine the command as typed, for the report
     */
    public static void run(BenchmarkPlan plan, Double upSeconds, String commandLine, StopFlag stop, PrintStream out)
            throws InterruptedException {
        new BenchmarkRun(plan, stop, out).measure(commandLine, upSeconds);
    }

    private void measure(String command, Double upSeconds) throws InterruptedException {
        Instant started = Instant.now();
        out.println("Studiebro benchmark; results in " + plan.results() + ", report in " + plan.reportDir());
        double recordSize = warmUp();
        CeilingResult ceiling = plan.skipRaw() || stop.stopped() ? null : ceiling(recordSize);
        // Catalog scaling before the pipeline runs: a run above the platform's capacity leaves a backlog whose
        // processing would be counted as routing cost.
        List<CatalogPoint> catalog = plan.skipCatalog() || stop.stopped() ? List.of() : catalog();
        List<PipelineOutcome> pipelines = pipelines();
        BenchmarkOutcome outcome = new BenchmarkOutcome(command, started, plan.describe(recordSize), ceiling,
                pipelines, catalog, upSeconds, plan.results().toString());
        Path report = plan.reportDir().resolve("REPORT.md");
        BenchmarkReport.write(outcome, report);
        out.println("Report written to " + report);
    }

    /** Warms the JVMs up and returns the mean serialized size of the ApplicationSubmitted values it caused. */
    private double warmUp() throws InterruptedException {
        LoadResult warm = LoadRun.regionalMix(plan.base(), "Warm-up", stop, out);
        double recordSize = warm.meanSubmittedValueBytes();
        if (recordSize == 0) {
            throw new IllegalStateException("The warm-up saw no ApplicationSubmitted record: is the platform "
                    + "processing applications?");
        }
        out.printf("An ApplicationSubmitted value is %.0f bytes on average.%n", recordSize);
        return recordSize;
    }

    private CeilingResult ceiling(double recordSize) throws InterruptedException {
        settle();
        CeilingResult ceiling = BrokerCeiling.measure(plan.base().kafka(), plan.rawRecords(),
                (int) Math.round(recordSize), BenchmarkPlan.PARTITIONS, plan.results().resolve("raw"), out);
        out.printf("Raw ceiling: producer %.0f records/s (p99 %d ms), consumer %.0f records/s.%n",
                ceiling.producer().recordsPerSecond(), ceiling.producer().p99Ms(),
                ceiling.consumer().fetchRecordsPerSecond());
        return ceiling;
    }

    private List<PipelineOutcome> pipelines() throws InterruptedException {
        List<PipelineOutcome> pipelines = new ArrayList<>();
        KafkaClientConfig kafka = plan.base().kafka();
        for (double rate : plan.rates()) {
            if (stop.stopped()) {
                break;
            }
            settle();
            Map<TopicPartition, Long> before = BrokerActivity.endOffsets(kafka);
            long began = System.nanoTime();
            Path run = plan.results().resolve("pipeline-" + Rates.format(rate));
            ProfileWindow profiling = plan.profile() ? ProfileWindow.during(plan.duration(),
                    plan.base().registryPort(), run.resolve("profiles"), out) : null;
            LoadResult result = LoadRun.regionalMix(plan.base().withRun(rate, plan.duration(), 0),
                    "Pipeline at " + Rates.format(rate) + "/s", stop, out);
            List<ProcessProfile> profiles = profiling == null ? List.of() : profiling.profiles();
            double seconds = (System.nanoTime() - began) / 1e9;
            long written = BrokerActivity.written(before, BrokerActivity.endOffsets(kafka));
            LoadSummary summary = LoadSummary.of(result);
            LoadFiles.write(result, summary, run);
            Path chart = run.resolve("chart.png");
            PipelineChart.write(result, chart);
            pipelines.add(new PipelineOutcome(result, summary, written, seconds, chart, profiles));
        }
        return pipelines;
    }

    private List<CatalogPoint> catalog() throws InterruptedException {
        settle();
        List<CatalogPoint> points = CatalogScaling.measure(
                plan.base().withRun(plan.catalogRate(), plan.catalogDuration(), 0), plan.catalogSizes(),
                plan.keepCatalog(), stop, out);
        points.forEach(point -> LoadFiles.write(point.result(), LoadSummary.of(point.result()),
                plan.results().resolve("catalog-" + point.size())));
        return points;
    }

    /** A short pause, then until the services have caught up with the previous run (within a limit). */
    private void settle() throws InterruptedException {
        long end = System.nanoTime() + PAUSE.toNanos();
        while (!stop.stopped() && System.nanoTime() < end) {
            Thread.sleep(200);
        }
        if (!stop.stopped()) {
            LoadRun.awaitSettled(plan.base().kafka(), SETTLED_LAG, SETTLE_PATIENCE, out);
        }
    }

    /**
     * The start-up time the up log reports last, or null when it reports none.
     *
     * @throws IllegalArgumentException when the log cannot be read
     */
    public static Double upSeconds(Path upLog) {
        try {
            Matcher matcher = UP_AFTER.matcher(Files.readString(upLog));
            Double seconds = null;
            while (matcher.find()) {
                seconds = Double.parseDouble(matcher.group(1));
            }
            return seconds;
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read " + upLog + ": " + e.getMessage());
        }
    }
}
