package org.studiebro.benchmark.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.studiebro.benchmark.load.LoadResult;

class LoadFilesTest {

    @Test
    void writesTheTimeSeriesTheLatenciesTheErrorsAndTheSummary(@TempDir Path dir) throws Exception {
        LoadResult result = SampleResults.result(5, 3, 80, 400, 0);

        LoadFiles.write(result, dir);

        List<String> throughput = Files.readAllLines(dir.resolve("throughput.csv"));
        assertThat(throughput.getFirst()).startsWith("second,sent_per_s,refused_per_s,errors_per_s,intake_per_s,")
                .contains("final_status_p50_ms,final_status_p99_ms,final_status_max_ms");
        assertThat(throughput).hasSize(1 + 3);
        assertThat(throughput.get(1)).startsWith("0,5,0,0,5,");
        assertThat(Files.readAllLines(dir.resolve("latency.csv")))
                .contains("seat_requested,15,26.667,40.000,80.000,160.000,26.667");
        assertThat(Files.readString(dir.resolve("errors.csv"))).isEqualTo("kind,count\nHTTP 503,2\n");
        assertThat(Files.readAllLines(dir.resolve("lag.csv"))).containsExactly("second,group,lag",
                "0,studiebro-routing,0", "1,studiebro-routing,40");
        assertThat(Files.readAllLines(dir.resolve("processes.csv")))
                .containsExactly("second,process,pid,cpu_percent,rss_mib", "1,kafka-broker,100,55.500,700.200");
        String summary = Files.readString(dir.resolve("summary.md"));
        assertThat(summary).contains("## Throughput", "## Latency, from the moment each request was due",
                "| submit → SeatRequested visible", "| HTTP 503", "| studiebro-routing", "| RESERVE");
    }

    @Test
    void aSecondWithoutCompletionsHasEmptyLatencyCells() {
        LoadResult result = SampleResults.result(5, 2, 80, 400, 0);
        List<List<Object>> rows = LoadFiles.throughputRows(result.series());
        int seatP50 = LoadFiles.throughputHeader(result.series()).indexOf("seat_requested_p50_ms");
        assertThat(rows.getFirst().get(seatP50)).isNull();
    }
}
