package org.studiebro.benchmark.measure;

/** One process over a run: mean and highest CPU (% of one core), highest resident memory (MiB). */
public record ProcessUsage(String name, long pid, double meanCpuPercent, double maxCpuPercent, double maxRssMiB) {
}
