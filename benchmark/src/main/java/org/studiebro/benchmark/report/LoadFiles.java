package org.studiebro.benchmark.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.studiebro.benchmark.load.LagSample;
import org.studiebro.benchmark.load.LoadResult;
import org.studiebro.benchmark.load.Milestone;
import org.studiebro.benchmark.measure.Csv;
import org.studiebro.benchmark.measure.LatencySummary;
import org.studiebro.benchmark.measure.ProcessSample;
import org.studiebro.benchmark.measure.TimeSeries;

/**
 * A load run's results as files: time series per second (throughput.csv, lag.csv, processes.csv), the latency
 * percentiles of the whole run (latency.csv), errors by kind (errors.csv), the summary tables (summary.md) and the
 * headline figures for scripts (summary.json).
 */
public final class LoadFiles {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private LoadFiles() {
    }

    /** @param summary the headline figures of {@code result}, which summary.md and summary.json both show */
    public static void write(LoadResult result, LoadSummary summary, Path dir) {
        Csv.write(dir.resolve("throughput.csv"), throughputHeader(result.series()), throughputRows(result.series()));
        Csv.write(dir.resolve("latency.csv"), List.of("metric", "count", "p50_ms", "p95_ms", "p99_ms", "max_ms",
                "mean_ms"), latencyRows(result));
        Csv.write(dir.resolve("lag.csv"), List.of("second", "group", "lag"),
                result.lagSamples().stream().map(LoadFiles::lagRow).toList());
        Csv.write(dir.resolve("processes.csv"), List.of("second", "process", "pid", "cpu_percent", "rss_mib"),
                result.processSamples().stream().map(LoadFiles::processRow).toList());
        Csv.write(dir.resolve("errors.csv"), List.of("kind", "count"),
                result.errors().entrySet().stream().map(e -> List.<Object>of(e.getKey(), e.getValue())).toList());
        Path markdown = dir.resolve("summary.md");
        Path json = dir.resolve("summary.json");
        try {
            Files.writeString(markdown, "# " + result.title() + "\n\n" + result.settings().describe() + ", started "
                    + result.startedAt() + "\n\n" + LoadTables.all(result, summary, "##"), StandardCharsets.UTF_8);
            JSON.writeValue(json.toFile(), summary);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write " + markdown + " or " + json, e);
        }
    }

    /** second, then a count per second for every counter, then p50/p99/max for every latency. */
    static List<String> throughputHeader(TimeSeries series) {
        List<String> header = new ArrayList<>(List.of("second"));
        series.counters().forEach(name -> header.add(name + "_per_s"));
        series.latencies().forEach(name -> {
            header.add(name + "_p50_ms");
            header.add(name + "_p99_ms");
            header.add(name + "_max_ms");
        });
        return header;
    }

    static List<List<Object>> throughputRows(TimeSeries series) {
        List<List<Object>> rows = new ArrayList<>();
        for (int second = 0; second <= series.lastSecond(); second++) {
            List<Object> row = new ArrayList<>();
            row.add(second);
            for (String counter : series.counters()) {
                row.add(series.count(counter, second));
            }
            for (String latency : series.latencies()) {
                LatencySummary summary = series.latency(latency, second);
                boolean none = summary.count() == 0;
                row.add(none ? null : summary.p50());
                row.add(none ? null : summary.p99());
                row.add(none ? null : summary.max());
            }
            rows.add(row);
        }
        return rows;
    }

    private static List<List<Object>> latencyRows(LoadResult result) {
        List<List<Object>> rows = new ArrayList<>();
        for (Milestone milestone : Milestone.values()) {
            LatencySummary latency = result.latency(milestone);
            rows.add(List.of(milestone.series(), latency.count(), latency.p50(), latency.p95(), latency.p99(),
                    latency.max(), latency.mean()));
        }
        return rows;
    }

    private static List<Object> lagRow(LagSample sample) {
        return List.of(sample.second(), sample.group(), sample.lag());
    }

    private static List<Object> processRow(ProcessSample sample) {
        return List.of(sample.second(), sample.name(), sample.pid(), sample.cpuPercent(), sample.rssMiB());
    }
}
