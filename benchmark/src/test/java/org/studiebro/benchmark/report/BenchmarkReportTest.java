package org.studiebro.benchmark.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.studiebro.benchmark.load.LoadResult;

class BenchmarkReportTest {

    @Test
    void copiesOnlyTheHighestRatesChartBesideTheReportAndNamesTheOthersInTheResults(@TempDir Path dir)
            throws Exception {
        Path results = dir.resolve("results");
        PipelineOutcome at1000 = pipeline(1000, results);
        PipelineOutcome at500 = pipeline(500, results);
        BenchmarkOutcome outcome = new BenchmarkOutcome("./studiebro benchmark --rates 1000,500", Instant.EPOCH,
                Map.of(), null, List.of(at1000, at500), List.of(), null, results.toString());
        Path report = dir.resolve("docs/REPORT.md");

        BenchmarkReport.write(outcome, report);

        assertThat(report.resolveSibling(BenchmarkReport.CHART)).hasBinaryContent(Files.readAllBytes(at1000.chart()));
        assertThat(Files.list(report.getParent())).extracting(Path::getFileName).extracting(Path::toString)
                .containsExactlyInAnyOrder("REPORT.md", BenchmarkReport.CHART);
        String markdown = Files.readString(report);
        assertThat(markdown).containsOnlyOnce("](pipeline.png)")
                .contains("Chart of throughput and latency over time: `" + at500.chart() + "`");
        assertThat(markdown.indexOf("](pipeline.png)")).isLessThan(markdown.indexOf("## Pipeline at 500/s"));
    }

    private static PipelineOutcome pipeline(double rate, Path results) throws Exception {
        Path chart = results.resolve("pipeline-" + (long) rate + "/chart.png");
        Files.createDirectories(chart.getParent());
        Files.writeString(chart, "chart at " + rate);
        LoadResult result = SampleResults.result(rate, 10, 80, 400, 0);
        return new PipelineOutcome(result, LoadSummary.of(result), 1000, 11, chart, List.of());
    }
}
