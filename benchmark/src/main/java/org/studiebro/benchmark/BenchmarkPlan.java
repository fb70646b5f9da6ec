package org.studiebro.benchmark;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.studiebro.benchmark.load.LoadSettings;
import org.studiebro.benchmark.load.Rates;
import org.studiebro.platform.samples.Region;

/**
 * What {@code ./studiebro benchmark} is asked to do, from its options.
 *
 * @param base the platform and the applications; rate and length are set per run
 */
public record BenchmarkPlan(LoadSettings base, Path results, Path reportDir, Duration warmup, long rawRecords,
        boolean skipRaw, List<Double> rates, Duration duration, List<Integer> catalogSizes, double catalogRate,
        Duration catalogDuration, boolean keepCatalog, boolean skipCatalog, boolean profile) {

    public static final double WARMUP_RATE = 50;
    static final int PARTITIONS = 3;

    /** The settings in words, for the report. */
    Map<String, String> describe(double recordSize) {
        Map<String, String> settings = new LinkedHashMap<>();
        // The registry's URL may carry its login: the report names the registry without it.
        settings.put("platform", base.applicationsUrl() + ", Kafka " + base.kafka().bootstrapServers() + ", registry "
                + base.registryUrl().replaceFirst("//[^/@]*@", "//"));
        settings.put("warm-up", Rates.format(WARMUP_RATE) + "/s for " + Rates.duration(warmup));
        settings.put("raw ceiling", skipRaw ? "skipped" : rawRecords + " records of " + Math.round(recordSize)
                + " bytes, acks=all, " + PARTITIONS + " partitions");
        settings.put("pipeline runs", rates.stream().map(rate -> Rates.format(rate) + "/s").toList() + " for "
                + Rates.duration(duration) + " each, fixed schedule (open loop), at most " + base.concurrency()
                + " requests in flight");
        settings.put("applications", "regions " + base.regions().stream().map(Region::code).toList() + ", "
                + base.choices() + " course events each, " + Math.round(base.badRatio() * 100) + " % malformed, "
                + Math.round(base.priorityGroupRatio() * 100) + " % with a priority group, seed " + base.seed());
        settings.put("profiles", profile ? "async-profiler, CPU, every 10 ms, each JVM of the platform, the middle third "
                + "of each pipeline run's sending time" : "not taken (--profile)");
        settings.put("timeout, drain", Rates.duration(base.timeout()) + ", up to " + Rates.duration(base.drain()));
        settings.put("catalog sizes", skipCatalog ? "skipped" : catalogSizes + " synthetic course events, "
                + Rates.format(catalogRate) + "/s for " + Rates.duration(catalogDuration) + " at each");
        return settings;
    }

    public static List<Double> doubles(String list) {
        return Arrays.stream(list.split(",")).map(String::trim).filter(s -> !s.isEmpty()).map(Double::parseDouble)
                .toList();
    }

    public static List<Integer> integers(String list) {
        return Arrays.stream(list.split(",")).map(String::trim).filter(s -> !s.isEmpty())
                .map(s -> Integer.parseInt(s.replace("_", ""))).sorted().toList();
    }
}
