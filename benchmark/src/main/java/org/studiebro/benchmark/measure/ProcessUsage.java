package org.studiebro.benchmark.measure;

/**
 * One process over a run: mean and highest CPU (% of one core), highest resident memory (MiB).
 *
 * @param cpuSeconds the CPU time it used from its first sample to its last, from its ticks rather than the sampled
 *                   percentages, so that uneven sampling intervals do not skew it
 */
public record ProcessUsage(String name, long pid, double meanCpuPercent, double maxCpuPercent, double maxRssMiB,
        double cpuSeconds) {
}
