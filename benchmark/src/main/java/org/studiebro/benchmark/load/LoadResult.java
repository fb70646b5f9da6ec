package org.studiebro.benchmark.load;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.studiebro.benchmark.measure.LatencySummary;
import org.studiebro.benchmark.measure.ProcessSample;
import org.studiebro.benchmark.measure.ProcessUsage;
import org.studiebro.benchmark.measure.TimeSeries;

/**
 * Everything one load run measured.
 *
 * @param sendSeconds       from the first request due to the last answer
 * @param pipelineSeconds   from the first request due to the last final status seen; 0 when none was seen
 * @param lastSendingSecond the last second of the run in which requests were sent
 * @param problems          what went wrong with the measuring itself (lag sampling, the observer), if anything
 */
public record LoadResult(
        String title,
        LoadSettings settings,
        Instant startedAt,
        double sendSeconds,
        double pipelineSeconds,
        long sent,
        long malformedSent,
        long accepted,
        long refused,
        Map<String, Long> errors,
        Map<Milestone, LatencySummary> latencies,
        Map<Milestone, Long> reached,
        Map<String, Long> finalStatuses,
        Amplification amplification,
        double meanSubmittedValueBytes,
        List<LagSummary> lag,
        List<LagSample> lagSamples,
        List<ProcessUsage> processes,
        List<ProcessSample> processSamples,
        double maxTotalRssMiB,
        TimeSeries series,
        int lastSendingSecond,
        List<String> problems) {

    public long errorCount() {
        return errors.values().stream().mapToLong(Long::longValue).sum();
    }

    public long reached(Milestone milestone) {
        return reached.getOrDefault(milestone, 0L);
    }

    public LatencySummary latency(Milestone milestone) {
        return latencies.get(milestone);
    }
}
