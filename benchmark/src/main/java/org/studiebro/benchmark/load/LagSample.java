package org.studiebro.benchmark.load;

/** A consumer group's lag (records behind the last stable offsets) in one second of the run. */
public record LagSample(int second, String group, long lag) {
}
