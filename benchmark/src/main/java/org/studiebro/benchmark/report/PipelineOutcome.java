package org.studiebro.benchmark.report;

import org.studiebro.benchmark.load.LoadResult;

/**
 * One pipeline run of the benchmark.
 *
 * @param brokerOffsets how far the end offsets of all topics moved during the run and its drain
 * @param brokerSeconds how long that was
 * @param chart         the PNG's file name, beside the report
 */
public record PipelineOutcome(LoadResult result, long brokerOffsets, double brokerSeconds, String chart) {

    public double brokerOffsetsPerSecond() {
        return brokerSeconds == 0 ? 0 : brokerOffsets / brokerSeconds;
    }
}
