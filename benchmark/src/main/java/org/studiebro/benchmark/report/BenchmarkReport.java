package org.studiebro.benchmark.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.studiebro.benchmark.broker.CeilingResult;
import org.studiebro.benchmark.catalog.CatalogPoint;
import org.studiebro.benchmark.load.LoadResult;
import org.studiebro.benchmark.load.Milestone;
import org.studiebro.benchmark.load.Rates;
import org.studiebro.benchmark.measure.LatencySummary;
import org.studiebro.benchmark.measure.ProcessUsage;

/**
 * docs/benchmark/REPORT.md: machine, versions, settings, the targets, and each measurement with its tables. Of the
 * charts, only the one of the run at the highest rate is copied beside the report ({@value #CHART}), so that every
 * benchmark replaces the same committed file; the others, and the flame graphs, stay in the results.
 */
public final class BenchmarkReport {

    static final String CHART = "pipeline.png";

    private BenchmarkReport() {
    }

    public static void write(BenchmarkOutcome outcome, Path file) {
        Path directory = file.toAbsolutePath().getParent();
        try {
            Files.createDirectories(directory);
            Optional<PipelineOutcome> charted = charted(outcome.pipelines());
            if (charted.isPresent()) {
                Files.copy(charted.get().chart(), directory.resolve(CHART), StandardCopyOption.REPLACE_EXISTING);
            }
            Files.writeString(file, render(outcome), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write " + file + " or its chart", e);
        }
    }

    /** The hardest run, whose chart shows best whether the pipeline keeps pace. */
    static Optional<PipelineOutcome> charted(List<PipelineOutcome> pipelines) {
        return pipelines.stream().max(Comparator.comparingDouble(p -> p.result().settings().rate()));
    }

    static String render(BenchmarkOutcome outcome) {
        StringBuilder md = new StringBuilder("# Studiebro benchmark\n\n");
        md.append("Written by `").append(outcome.command()).append("`, started ").append(outcome.startedAt())
                .append(". Everything ran co-located on one machine: the broker, the schema registry, the SMTP "
                        + "server, the five services and this load generator share its cores, so every figure "
                        + "includes their competition for CPU. On a machine where other work runs at the same time "
                        + "the figures are noisy: compare runs made under the same conditions.\n\n");
        section(md, "## Machine and versions", facts(MachineInfo.describe()));
        section(md, "## Settings", facts(outcome.settings()));
        md.append("## Against the targets\n\n");
        MarkdownTable targets = new MarkdownTable("target", "measured", "verdict");
        Targets.judge(outcome).forEach(v -> targets.row(v.target(), v.measured(), v.verdict()));
        md.append(targets.render()).append('\n');
        if (outcome.ceiling() != null) {
            ceiling(md, outcome.ceiling(), outcome.pipelines());
        }
        Optional<PipelineOutcome> charted = charted(outcome.pipelines());
        for (PipelineOutcome pipeline : outcome.pipelines()) {
            pipeline(md, pipeline, charted.isPresent() && charted.get() == pipeline);
        }
        if (!outcome.catalog().isEmpty()) {
            catalog(md, outcome.catalog());
        }
        md.append(Explanations.TEXT);
        md.append("\nThe files of every run (per-second throughput and latency, lag, CPU and memory per process as "
                + "CSV, summary.md and summary.json, the charts and, with --profile, the flame graphs) were written "
                + "to `").append(outcome.resultsDir()).append("`; they are not committed.\n");
        return md.toString();
    }

    private static void ceiling(StringBuilder md, CeilingResult ceiling, List<PipelineOutcome> pipelines) {
        md.append("## Raw broker ceiling\n\n");
        md.append("Kafka's own tools on a scratch topic of ").append(ceiling.partitions())
                .append(" partitions on the platform's broker, records of ").append(ceiling.recordSize())
                .append(" bytes (the mean serialized size of an ApplicationSubmitted value measured in the warm-up), "
                        + "acks=all, the producer's other settings at Kafka's defaults.\n\n");
        MarkdownTable table = new MarkdownTable("tool", "records>", "records/s>", "MB/s>", "latency p50 / p99 / max (ms)");
        table.row("ProducerPerformance", Figures.count(ceiling.producer().records()),
                Figures.rate(ceiling.producer().recordsPerSecond()), Figures.decimal(ceiling.producer().mbPerSecond(), 1),
                ceiling.producer().p50Ms() + " / " + ceiling.producer().p99Ms() + " / "
                        + Figures.decimal(ceiling.producer().maxLatencyMs(), 0));
        table.row("ConsumerPerformance (fetching)", Figures.count(ceiling.consumer().records()),
                Figures.rate(ceiling.consumer().fetchRecordsPerSecond()),
                Figures.decimal(ceiling.consumer().fetchMbPerSecond(), 1), "");
        md.append(table.render()).append('\n');
        md.append("```\n").append(String.join(" ", ceiling.producerCommand())).append('\n')
                .append(String.join(" ", ceiling.consumerCommand())).append("\n```\n\n");
        if (!pipelines.isEmpty()) {
            MarkdownTable ratio = new MarkdownTable("offered load", "applications/s through the pipeline>",
                    "÷ raw producer records/s>", "broker offsets/s during the run>", "÷ raw producer records/s>");
            double raw = ceiling.producer().recordsPerSecond();
            for (PipelineOutcome pipeline : pipelines) {
                double finished = pipeline.summary().finishedPerSecond();
                ratio.row(pipeline.result().settings().describe(), Figures.rate(finished),
                        Figures.percent(finished / raw), Figures.rate(pipeline.brokerOffsetsPerSecond()),
                        Figures.percent(pipeline.brokerOffsetsPerSecond() / raw));
            }
            md.append("Pipeline against the raw ceiling:\n\n").append(ratio.render()).append('\n');
        }
    }

    private static void pipeline(StringBuilder md, PipelineOutcome pipeline, boolean charted) {
        LoadResult r = pipeline.result();
        md.append("## Pipeline at ").append(Rates.format(r.settings().rate())).append("/s\n\n");
        md.append(r.settings().describe()).append(", started ").append(r.startedAt()).append(". ")
                .append("The platform's topics moved ").append(Figures.count(pipeline.brokerOffsets()))
                .append(" offsets in ").append(Figures.decimal(pipeline.brokerSeconds(), 1)).append(" s (")
                .append(Figures.rate(pipeline.brokerOffsetsPerSecond())).append("/s).\n\n");
        if (charted) {
            md.append("![throughput and latency over time](").append(CHART).append(")\n\n");
        } else {
            md.append("Chart of throughput and latency over time: `").append(pipeline.chart()).append("`.\n\n");
        }
        md.append(LoadTables.all(r, pipeline.summary(), "###"));
        if (!pipeline.profiles().isEmpty()) {
            md.append(ProfileTable.render(pipeline.profiles()));
        }
    }

    private static void catalog(StringBuilder md, List<CatalogPoint> points) {
        md.append("## Routing cost against catalog size\n\n");
        md.append("Synthetic course events of one synthetic seat owner (`benchmark-seats`, Göteborg) on "
                + "catalog.course-events; learners of Göteborg name 1–3 of them, drawn uniformly from the whole "
                + "synthetic catalog, at the rate below; the routing-service's CPU time is read from /proc before "
                + "and after each run (and its drain), and divided by the accepted applications.\n\n");
        MarkdownTable table = new MarkdownTable("course events>", "offered", "accepted>",
                "routing CPU ms/application>", "less idle>", "routing idle CPU %>", "submit → seat request p50 / p99 (ms)",
                "routing RSS max (MiB)>");
        for (CatalogPoint point : points) {
            LoadResult r = point.result();
            LatencySummary seat = r.latency(Milestone.SEAT_REQUESTED);
            double rss = r.processes().stream().filter(p -> p.name().equals("routing-service"))
                    .mapToDouble(ProcessUsage::maxRssMiB).max().orElse(Double.NaN);
            table.row(Figures.count(point.size()), r.settings().describe(), Figures.count(r.accepted()),
                    Figures.decimal(point.routingCpuMsPerApplication(), 2),
                    Figures.decimal(point.routingNetCpuMsPerApplication(), 2),
                    Figures.decimal(point.routingIdleCpuPercent(), 1),
                    Figures.ms(seat.p50()) + " / " + Figures.ms(seat.p99()), Figures.decimal(rss, 0));
        }
        md.append(table.render()).append('\n');
    }

    private static MarkdownTable facts(Map<String, String> facts) {
        MarkdownTable table = new MarkdownTable("", "");
        facts.forEach(table::row);
        return table;
    }

    private static void section(StringBuilder md, String heading, MarkdownTable table) {
        md.append(heading).append("\n\n").append(table.render()).append('\n');
    }
}
