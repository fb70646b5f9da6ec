package org.studiebro.benchmark.measure;

/** One process in one second: CPU in % of one core over the last sample interval, resident memory in MiB. */
public record ProcessSample(int second, String name, long pid, double cpuPercent, double rssMiB) {
}
