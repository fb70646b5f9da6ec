package org.studiebro.benchmark;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.studiebro.benchmark.Arguments.UsageException;
import org.studiebro.benchmark.load.LoadSettings;
import org.studiebro.benchmark.load.Rates;
import org.studiebro.benchmark.load.Region;

/**
 * What {@code ./studiebro benchmark} is asked to do, from its options.
 *
 * @param base  the platform and the applications; rate and length are set per run
 * @param upLog the output of ./studiebro up, to read its start-up time from; null when not given
 */
record BenchmarkPlan(LoadSettings base, Path results, Path reportDir, Duration warmup, long rawRecords,
        boolean skipRaw, List<Double> rates, Duration duration, List<Integer> catalogSizes, double catalogRate,
        Duration catalogDuration, boolean keepCatalog, boolean skipCatalog, Path upLog, boolean profile) {

    static final Set<String> FLAGS = Set.of("--keep-catalog", "--skip-raw", "--skip-catalog", "--profile");
    static final double WARMUP_RATE = 50;
    static final int PARTITIONS = 3;

    static BenchmarkPlan of(Arguments args) {
        Duration warmup = LoadOptions.duration(args, "--warmup").orElse(Duration.ofSeconds(15));
        BenchmarkPlan plan = new BenchmarkPlan(
                LoadOptions.settings(args, WARMUP_RATE, warmup, 0, 64),
                args.parsed("--results-dir", BenchmarkCli.home().resolve(".studiebro/benchmark/" + BenchmarkCli.stamp())
                        .toString(), Path::of),
                args.parsed("--report-dir", BenchmarkCli.home().resolve("docs/benchmark").toString(), Path::of),
                warmup,
                args.parsed("--raw-records", "1000000", Long::parseLong),
                args.flag("--skip-raw"),
                args.parsed("--rates", "300", BenchmarkPlan::doubles),
                LoadOptions.duration(args, "--duration").orElse(Duration.ofSeconds(60)),
                args.parsed("--catalog-sizes", "1000,10000,100000", BenchmarkPlan::integers),
                args.parsed("--catalog-rate", "50", Double::parseDouble),
                LoadOptions.duration(args, "--catalog-duration").orElse(Duration.ofSeconds(30)),
                args.flag("--keep-catalog"),
                args.flag("--skip-catalog"),
                args.parsedOptional("--up-log", Path::of).orElse(null),
                args.flag("--profile"));
        args.requireAllUsed("benchmark");
        if (plan.rates.isEmpty() || plan.rates.stream().anyMatch(rate -> rate <= 0)) {
            throw new UsageException("--rates needs one or more rates above 0");
        }
        return plan;
    }

    /** The settings in words, for the report. */
    Map<String, String> describe(double recordSize) {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("platform", base.applicationsUrl() + ", Kafka " + base.bootstrapServers() + ", registry "
                + base.registryUrl());
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

    static List<Double> doubles(String list) {
        return Arrays.stream(list.split(",")).map(String::trim).filter(s -> !s.isEmpty()).map(Double::parseDouble)
                .toList();
    }

    static List<Integer> integers(String list) {
        return Arrays.stream(list.split(",")).map(String::trim).filter(s -> !s.isEmpty())
                .map(s -> Integer.parseInt(s.replace("_", ""))).sorted().toList();
    }
}
