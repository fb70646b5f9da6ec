package org.studiebro.benchmark.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

import org.studiebro.benchmark.catalog.CatalogPoint;
import org.studiebro.benchmark.load.LagSummary;
import org.studiebro.benchmark.load.LoadResult;
import org.studiebro.benchmark.load.Milestone;
import org.studiebro.benchmark.load.Rates;

/**
 * The targets of issue 10 ("The pipeline keeps pace"; issue 5's routing-cost flatness kept) and what the benchmark
 * measured against each. A target the run did not measure at its setting
 * (e.g. no run at 500/s) says so, with the nearest figure measured.
 */
public final class Targets {

    static final double SUSTAINED_RATE = 1000;
    static final long SUSTAINED_SECONDS = 300;
    static final double LATENCY_RATE = 500;
    static final double LOW_LATENCY_RATE = 100;
    static final double SEAT_REQUEST_P99_MS = 100;
    static final double FINAL_STATUS_P99_MS = 500;
    static final double LOW_RATE_SEAT_REQUEST_P99_MS = 50;
    static final double CPU_MS_PER_APPLICATION = 2;
    static final double READY_SECONDS = 30;
    static final double RESIDENT_MIB = 2.5 * 1024;
    static final double FLATNESS = 0.20;
    static final String MET = "met";
    static final String MISSED = "missed";
    static final String NOT_MEASURED = "not measured";

    private Targets() {
    }

    /** One target: what it asks, what was measured, and whether it was met. */
    public record Verdict(String target, String measured, String verdict) {
    }

    public static List<Verdict> judge(BenchmarkOutcome outcome) {
        List<Verdict> verdicts = new ArrayList<>();
        verdicts.add(sustained(outcome.pipelines()));
        verdicts.addAll(latencies(outcome.pipelines()));
        verdicts.add(cpu(outcome.pipelines()));
        verdicts.add(ready(outcome.upSeconds()));
        verdicts.add(resident(outcome));
        verdicts.add(routingFlat(outcome.catalog()));
        return verdicts;
    }

    static Verdict sustained(List<PipelineOutcome> pipelines) {
        String target = "sustained ≥ 1,000 applications/s through intake, routing, seat owner and notification for "
                + "5 min, no growing lag";
        Optional<PipelineOutcome> full = pipelines.stream()
                .filter(p -> rate(p) >= SUSTAINED_RATE && p.result().settings().duration() != null
                        && p.result().settings().duration().toSeconds() >= SUSTAINED_SECONDS)
                .max(Comparator.comparingDouble(Targets::rate));
        if (full.isEmpty()) {
            return new Verdict(target, pipelines.stream()
                    .max(Comparator.comparingDouble(p -> p.summary().finishedPerSecond()))
                    .map(p -> "not run at that setting; best here: " + Figures.rate(p.summary().finishedPerSecond())
                            + " final statuses/s at " + p.result().settings().describe())
                    .orElse("no pipeline run"), NOT_MEASURED);
        }
        LoadResult r = full.get().result();
        LoadSummary s = full.get().summary();
        boolean complete = r.reached(Milestone.FINAL_EMAIL) >= s.accepted();
        boolean keptUp = s.finishedPerSecond() >= 0.98 * SUSTAINED_RATE
                && s.acceptedPerSecond() >= 0.98 * SUSTAINED_RATE;
        List<String> growing = growingLag(r);
        String measured = Figures.rate(s.acceptedPerSecond()) + " accepted/s, " + Figures.rate(s.finishedPerSecond())
                + " final statuses/s; " + Figures.count(r.reached(Milestone.FINAL_EMAIL)) + " of "
                + Figures.count(s.accepted()) + " finished; " + (growing.isEmpty() ? "lag bounded"
                : "lag growing in " + growing);
        return new Verdict(target, measured, complete && keptUp && growing.isEmpty() ? MET : MISSED);
    }

    /** Groups whose lag grew while sending: a positive trend above 1 record/s and more than a second's load behind. */
    static List<String> growingLag(LoadResult result) {
        return result.lag().stream()
                .filter(lag -> lag.trendPerSecond() > 1 && lag.atEndOfSending() > result.settings().rate())
                .map(LagSummary::group)
                .toList();
    }

    static List<Verdict> latencies(List<PipelineOutcome> pipelines) {
        return List.of(
                latency("p99 submit → seat request ≤ 100 ms at 500/s", LoadSummary::submitToSeatRequest, false,
                        SEAT_REQUEST_P99_MS, LATENCY_RATE, pipelines),
                latency("p99 submit → final status ≤ 500 ms at 500/s", LoadSummary::submitToFinalStatus, true,
                        FINAL_STATUS_P99_MS, LATENCY_RATE, pipelines),
                latency("p99 submit → seat request ≤ 50 ms at 100/s", LoadSummary::submitToSeatRequest, false,
                        LOW_RATE_SEAT_REQUEST_P99_MS, LOW_LATENCY_RATE, pipelines));
    }

    /**
     * @param reachesAll whether every accepted application must reach it: every application gets a final status, a
     *                   seat request only where routing sends one (not after a refused cost decision or for a closed
     *                   course)
     */
    private static Verdict latency(String target, Function<LoadSummary, LoadSummary.Percentiles> latency,
            boolean reachesAll, double limitMs, double atRate, List<PipelineOutcome> pipelines) {
        Optional<LoadSummary> atThatRate = pipelines.stream().filter(p -> Math.abs(rate(p) - atRate) < 1)
                .map(PipelineOutcome::summary).findFirst();
        if (atThatRate.isPresent()) {
            LoadSummary s = atThatRate.get();
            LoadSummary.Percentiles percentiles = latency.apply(s);
            if (percentiles.p99() == null) {
                return new Verdict(target, "none of " + Figures.count(s.accepted()) + " applications", MISSED);
            }
            boolean complete = !reachesAll || percentiles.count() >= s.accepted();
            return new Verdict(target, Figures.ms(percentiles.p99()) + " ms over " + Figures.count(percentiles.count())
                    + " of " + Figures.count(s.accepted()) + " applications",
                    percentiles.p99() <= limitMs && complete ? MET : MISSED);
        }
        Optional<PipelineOutcome> nearest = pipelines.stream()
                .min(Comparator.comparingDouble(p -> Math.abs(rate(p) - atRate)));
        return new Verdict(target, nearest.map(p -> "not run at " + Rates.format(atRate) + "/s; at "
                + Rates.format(rate(p)) + "/s: " + Figures.optional(latency.apply(p.summary()).p99(), 1) + " ms")
                .orElse("no pipeline run"), NOT_MEASURED);
    }

    /** Judged at the highest rate run: per application, the fixed costs of an idle platform weigh least there. */
    static Verdict cpu(List<PipelineOutcome> pipelines) {
        String target = "CPU per finished application ≤ 2 ms, all platform processes (load generator not counted)";
        Optional<PipelineOutcome> highest = pipelines.stream()
                .filter(p -> p.summary().cpuMsPerFinishedApplication() != null)
                .max(Comparator.comparingDouble(Targets::rate));
        return highest.map(p -> new Verdict(target, Figures.decimal(p.summary().cpuMsPerFinishedApplication(), 1)
                        + " ms at " + p.result().settings().describe(),
                        p.summary().cpuMsPerFinishedApplication() <= CPU_MS_PER_APPLICATION ? MET : MISSED))
                .orElse(new Verdict(target, "no pipeline run with CPU figures", NOT_MEASURED));
    }

    private static double rate(PipelineOutcome pipeline) {
        return pipeline.result().settings().rate();
    }

    static Verdict ready(Double upSeconds) {
        String target = "platform ready within 30 s of ./studiebro up on a built tree";
        if (upSeconds == null) {
            return new Verdict(target, "not given (run with --up-log FILE, the output of ./studiebro up)",
                    NOT_MEASURED);
        }
        return new Verdict(target, Figures.decimal(upSeconds, 1) + " s", upSeconds <= READY_SECONDS ? MET : MISSED);
    }

    static Verdict resident(BenchmarkOutcome outcome) {
        String target = "all platform processes together ≤ 2.5 GiB resident";
        double max = 0;
        for (PipelineOutcome pipeline : outcome.pipelines()) {
            max = Math.max(max, Objects.requireNonNullElse(pipeline.summary().rssMaxTotalMiB(), 0.0));
        }
        for (CatalogPoint point : outcome.catalog()) {
            max = Math.max(max, point.result().maxTotalRssMiB());
        }
        if (max == 0) {
            return new Verdict(target, "no platform process found", NOT_MEASURED);
        }
        return new Verdict(target, Figures.decimal(max, 0) + " MiB at most (sum over processes, sampled every second)",
                max <= RESIDENT_MIB ? MET : MISSED);
    }

    static Verdict routingFlat(List<CatalogPoint> points) {
        String target = "routing cost per application flat (within 20 %) from 1,000 to 100,000 course events";
        List<CatalogPoint> measured = points.stream()
                .filter(point -> Double.isFinite(point.routingCpuMsPerApplication())).toList();
        if (measured.size() < 2) {
            return new Verdict(target, "fewer than two catalog sizes measured", NOT_MEASURED);
        }
        // Less the routing-service's idle use, which varies from one size to the next (GC, punctuators, reminders).
        boolean net = measured.stream().allMatch(point -> Double.isFinite(point.routingNetCpuMsPerApplication())
                && point.routingNetCpuMsPerApplication() > 0);
        double[] costs = measured.stream().mapToDouble(point -> net ? point.routingNetCpuMsPerApplication()
                : point.routingCpuMsPerApplication()).toArray();
        double min = Arrays.stream(costs).min().orElseThrow();
        double max = Arrays.stream(costs).max().orElseThrow();
        double spread = (max - min) / min;
        int smallest = measured.getFirst().size();
        int largest = measured.getLast().size();
        boolean fullRange = smallest <= 1000 && largest >= 100_000;
        String text = "routing-service CPU" + (net ? " less idle " : " ") + Figures.decimal(min, 2) + "–"
                + Figures.decimal(max, 2) + " ms/application over " + Figures.count(smallest) + "–"
                + Figures.count(largest) + " course events: spread " + Figures.percent(spread)
                + (fullRange ? "" : " (not the full range)");
        String verdict = spread <= FLATNESS ? MET : MISSED;
        return new Verdict(target, text, fullRange ? verdict : verdict + " so far");
    }
}
