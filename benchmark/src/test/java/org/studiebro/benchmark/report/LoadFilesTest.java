package org.studiebro.benchmark.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.studiebro.benchmark.load.LoadResult;

class LoadFilesTest {

    @Test
    void writesTheTimeSeriesTheLatenciesTheErrorsAndTheSummary(@TempDir Path dir) throws Exception {
        LoadResult result = SampleResults.result(5, 3, 80, 400, 0);

        LoadFiles.write(result, LoadSummary.of(result), dir);

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
    void summaryJsonHoldsTheHeadlineFiguresAsNumbers(@TempDir Path dir) throws Exception {
        LoadResult result = SampleResults.result(5, 3, 80, 400, 0);

        LoadFiles.write(result, LoadSummary.of(result), dir);

        JsonNode json = new ObjectMapper().readTree(dir.resolve("summary.json").toFile());
        assertThat(json.get("sent").isIntegralNumber()).isTrue();
        assertThat(json.get("sent").asLong()).isEqualTo(25);
        assertThat(json.get("accepted").asLong()).isEqualTo(15);
        assertThat(json.get("finished").asLong()).isEqualTo(15);
        assertThat(json.get("errors").asLong()).isEqualTo(2);
        // Sent and accepted over the 3 s of sending; final statuses over the 3.5 s to the last one.
        assertNumber(json.get("offered_per_s"), 25 / 3.0);
        assertNumber(json.get("accepted_per_s"), 5.0);
        assertNumber(json.get("finished_per_s"), 15 / 3.5);
        assertThat(json.get("submit_to_seat_request_ms").get("count").asLong()).isEqualTo(15);
        assertNumber(json.get("submit_to_seat_request_ms").get("p50"), 80 / 3.0);
        assertNumber(json.get("submit_to_seat_request_ms").get("p99"), 80);
        assertNumber(json.get("submit_to_final_status_ms").get("p50"), 400 / 3.0);
        assertNumber(json.get("submit_to_final_status_ms").get("p99"), 400);
        JsonNode lag = json.get("consumer_lag_at_end");
        assertThat(lag.get("total_records").asLong()).isEqualTo(7);
        assertThat(lag.get("by_group").fieldNames()).toIterable()
                .containsExactly("studiebro-routing", "studiebro-notifications");
        assertThat(lag.get("by_group").get("studiebro-notifications").asLong()).isEqualTo(7);
        // Broker 1.665 s and routing 1.2 s of CPU over 15 final statuses; the load generator's 0.6 s left out.
        assertNumber(json.get("cpu_ms_per_finished_application"), 2865 / 15.0);
        assertNumber(json.get("rss_max_total_mib"), 1800);
        assertThat(json.get("started_at").asText()).isEqualTo("2026-11-22T08:00:00Z");
    }

    private static void assertNumber(JsonNode node, double expected) {
        assertThat(node.isNumber()).as("%s is a JSON number", node).isTrue();
        assertThat(node.asDouble()).isCloseTo(expected, within(1e-9));
    }

    @Test
    void aSecondWithoutCompletionsHasEmptyLatencyCells() {
        LoadResult result = SampleResults.result(5, 2, 80, 400, 0);
        List<List<Object>> rows = LoadFiles.throughputRows(result.series());
        int seatP50 = LoadFiles.throughputHeader(result.series()).indexOf("seat_requested_p50_ms");
        assertThat(rows.getFirst().get(seatP50)).isNull();
    }
}
