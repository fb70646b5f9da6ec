package org.studiebro.benchmark.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.studiebro.benchmark.load.LagSummary;
import org.studiebro.benchmark.load.LoadResult;
import org.studiebro.benchmark.load.Milestone;
import org.studiebro.benchmark.measure.LatencySummary;
import org.studiebro.benchmark.measure.ProcessSampler;
import org.studiebro.benchmark.measure.ProcessUsage;

/**
 * The headline figures of one load run, as written to summary.json. The summary tables and the benchmark report take
 * these figures from here too, so that the file and the report cannot disagree.
 *
 * @param sent                        requests sent, malformed ones included
 * @param finished                    applications that reached a final status
 * @param offeredPerSecond            requests sent per second of sending
 * @param acceptedPerSecond           accepted applications (202) per second of sending
 * @param finishedPerSecond           final statuses per second, from the first request due to the last final status
 * @param cpuMsPerFinishedApplication the platform's CPU time over the run and its drain, per finished application;
 *                                    the load generator is left out (it shares the machine, it is not the platform);
 *                                    null when none finished or no platform process was found
 * @param rssMaxTotalMiB              the highest sum of the platform's resident memory in one sample, the load
 *                                    generator left out; null when no platform process was found
 */
public record LoadSummary(
        @JsonProperty("title") String title,
        @JsonProperty("settings") String settings,
        @JsonProperty("started_at") String startedAt,
        @JsonProperty("sent") long sent,
        @JsonProperty("accepted") long accepted,
        @JsonProperty("finished") long finished,
        @JsonProperty("errors") long errors,
        @JsonProperty("offered_per_s") double offeredPerSecond,
        @JsonProperty("accepted_per_s") double acceptedPerSecond,
        @JsonProperty("finished_per_s") double finishedPerSecond,
        @JsonProperty("submit_to_seat_request_ms") Percentiles submitToSeatRequest,
        @JsonProperty("submit_to_final_status_ms") Percentiles submitToFinalStatus,
        @JsonProperty("consumer_lag_at_end") Lag lagAtEnd,
        @JsonProperty("cpu_ms_per_finished_application") Double cpuMsPerFinishedApplication,
        @JsonProperty("rss_max_total_mib") Double rssMaxTotalMiB) {

    /** A latency's percentiles in milliseconds over the applications that reached it; null when none did. */
    public record Percentiles(@JsonProperty("count") long count, @JsonProperty("p50") Double p50,
            @JsonProperty("p99") Double p99) {

        static Percentiles of(LatencySummary latency) {
            boolean none = latency.count() == 0;
            return new Percentiles(latency.count(), none ? null : latency.p50(), none ? null : latency.p99());
        }
    }

    /** The services' consumer lag in records when the run ended (after the drain), in all and per group. */
    public record Lag(@JsonProperty("total_records") long totalRecords,
            @JsonProperty("by_group") Map<String, Long> byGroup) {

        static Lag of(List<LagSummary> lag) {
            Map<String, Long> byGroup = new LinkedHashMap<>();
            lag.forEach(group -> byGroup.put(group.group(), group.atEnd()));
            return new Lag(byGroup.values().stream().mapToLong(Long::longValue).sum(), byGroup);
        }
    }

    public static LoadSummary of(LoadResult result) {
        long finished = result.reached(Milestone.FINAL_STATUS);
        List<ProcessUsage> platform = result.processes().stream()
                .filter(process -> !process.name().equals(ProcessSampler.SELF)).toList();
        double platformCpuMs = 1000 * platform.stream().mapToDouble(ProcessUsage::cpuSeconds).sum();
        return new LoadSummary(result.title(), result.settings().describe(), result.startedAt().toString(),
                result.sent(), result.accepted(), finished, result.errorCount(),
                perSecond(result.sent(), result.sendSeconds()),
                perSecond(result.accepted(), result.sendSeconds()),
                perSecond(finished, result.pipelineSeconds()),
                Percentiles.of(result.latency(Milestone.SEAT_REQUESTED)),
                Percentiles.of(result.latency(Milestone.FINAL_STATUS)),
                Lag.of(result.lag()),
                platform.isEmpty() || finished == 0 ? null : platformCpuMs / finished,
                platform.isEmpty() ? null : result.maxTotalRssMiB());
    }

    private static double perSecond(long count, double seconds) {
        return seconds == 0 ? 0 : count / seconds;
    }
}
