package org.studiebro.benchmark.report;

import java.nio.file.Path;
import java.util.List;

import org.studiebro.benchmark.load.LoadResult;
import org.studiebro.benchmark.profile.ProcessProfile;

/**
 * One pipeline run of the benchmark.
 *
 * @param summary       the run's headline figures, as written to its summary.json
 * @param brokerOffsets how far the end offsets of all topics moved during the run and its drain
 * @param brokerSeconds how long that was
 * @param chart         the run's PNG, in its results
 * @param profiles      the CPU profiles of the platform's processes, when they were taken
 */
public record PipelineOutcome(LoadResult result, LoadSummary summary, long brokerOffsets, double brokerSeconds,
        Path chart, List<ProcessProfile> profiles) {

    public double brokerOffsetsPerSecond() {
        return brokerSeconds == 0 ? 0 : brokerOffsets / brokerSeconds;
    }
}
