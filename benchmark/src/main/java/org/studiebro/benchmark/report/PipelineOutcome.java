package org.studiebro.benchmark.report;

import java.util.List;

import org.studiebro.benchmark.load.LoadResult;
import org.studiebro.benchmark.profile.ProcessProfile;

/**
 * One pipeline run of the benchmark.
 *
 * @param brokerOffsets how far the end offsets of all topics moved during the run and its drain
 * @param brokerSeconds how long that was
 * @param chart         the PNG's file name, beside the report
 * @param profiles      the CPU profiles of the platform's processes, when they were taken
 */
public record PipelineOutcome(LoadResult result, long brokerOffsets, double brokerSeconds, String chart,
        List<ProcessProfile> profiles) {

    public double brokerOffsetsPerSecond() {
        return brokerSeconds == 0 ? 0 : brokerOffsets / brokerSeconds;
    }
}
