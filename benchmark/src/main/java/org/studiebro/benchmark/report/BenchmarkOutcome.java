package org.studiebro.benchmark.report;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.studiebro.benchmark.broker.CeilingResult;
import org.studiebro.benchmark.catalog.CatalogPoint;

/**
 * Everything a benchmark run measured, for the report.
 *
 * @param command     the command line that ran it
 * @param settings    the settings in words, in order
 * @param ceiling     null when the raw ceiling was skipped
 * @param upSeconds   how long ./studiebro up took to be ready, from its output; null when not given
 * @param resultsDir  where the CSV files of every run are
 */
public record BenchmarkOutcome(String command, Instant startedAt, Map<String, String> settings,
        CeilingResult ceiling, List<PipelineOutcome> pipelines, List<CatalogPoint> catalog,
        Double upSeconds, String resultsDir) {
}
