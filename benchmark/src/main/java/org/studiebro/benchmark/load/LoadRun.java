package org.studiebro.benchmark.load;

import java.io.PrintStream;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.studiebro.benchmark.measure.LatencySummary;
import org.studiebro.benchmark.measure.ProcessSampler;
import org.studiebro.benchmark.measure.RunClock;
import org.studiebro.benchmark.measure.TimeSeries;
import org.studiebro.infrastructure.KafkaClientConfig;
import org.studiebro.platform.signin.ClientCredentials;

/**
 * One load run: starts the observer (at the topics' end offsets), the samplers and the live line, sends, waits for
 * the pipeline to finish the accepted applications (or the drain time to pass), and gathers the results.
 */
public final class LoadRun {

    private static final long DRAIN_POLL_MILLIS = 250;

    private LoadRun() {
    }

    /** The default load: realistic applications against the platform's own catalog and municipalities. */
    public static LoadResult regionalMix(LoadSettings settings, String title, StopFlag stop, PrintStream out)
            throws InterruptedException {
        RegionalMix mix = RegionalMix.fromPlatform(settings, runId(), LocalDate.now(), out);
        return run(settings, mix, title, stop, out);
    }

    public static LoadResult run(LoadSettings settings, RequestSource source, String title, StopFlag stop,
            PrintStream out) throws InterruptedException {
        return run(settings, source, title, Milestone.FINAL_EMAIL, stop, out);
    }

    /**
     * @param awaited the drain ends once every accepted application has reached this milestone (or the drain time
     *                has passed)
     */
    public static LoadResult run(LoadSettings settings, RequestSource source, String title, Milestone awaited,
            StopFlag stop, PrintStream out) throws InterruptedException {
        RunClock clock = RunClock.startNow();
        List<String> counters = new ArrayList<>(List.of(LoadDriver.SENT, LoadDriver.REFUSED, LoadDriver.ERRORS));
        Stream.of(Milestone.values()).map(Milestone::series).forEach(counters::add);
        TimeSeries series = new TimeSeries(clock, counters, Stream.of(Milestone.values()).map(Milestone::series)
                .toList());
        Tracker tracker = new Tracker(series);
        Counters counts = new Counters();
        ProcessSampler processes = new ProcessSampler(clock, settings.registryPort());
        out.println(title + ": " + settings.describe() + " against " + settings.applicationsUrl());
        try (PipelineObserver observer = new PipelineObserver(settings.kafka(), settings.registryUrl(),
                     tracker);
             LagSampler lag = new LagSampler(settings.kafka(), clock);
             ClientCredentials form = settings.form().tokens();
             IntakeClient client = new IntakeClient(settings.applicationsUrl(), settings.timeout(),
                     form::authorization)) {
            observer.start();
            ProgressLine progress = new ProgressLine(settings, counts, tracker, lag, out);
            LoadDriver driver = new LoadDriver(settings, source, client, tracker, counts, series);
            ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(
                    task -> Thread.ofPlatform().name("load-ticker").daemon().unstarted(task));
            Phase phase = new Phase();
            ticker.scheduleAtFixedRate(() -> tick(processes, lag, progress, clock, phase), 1, 1, TimeUnit.SECONDS);
            processes.sample();
            driver.run(stop);
            int lastSendingSecond = clock.second(System.nanoTime());
            phase.drainStartNanos = System.nanoTime();
            drain(settings, tracker, awaited, stop);
            ticker.shutdownNow();
            ticker.awaitTermination(5, TimeUnit.SECONDS);
            processes.sample();
            lag.sample();
            List<String> problems = new ArrayList<>();
            if (lag.problem() != null) {
                problems.add("lag sampling: " + lag.problem());
            }
            if (observer.failure() != null) {
                problems.add("observer stopped: " + observer.failure());
            }
            if (!processes.foundPlatform()) {
                problems.add("no platform process found on this machine (CPU and memory cover this JVM only)");
            }
            double pipelineSeconds = tracker.lastReached(Milestone.FINAL_STATUS)
                    .stream().mapToDouble(last -> (last - driver.startNanos()) / 1e9).findFirst().orElse(0);
            Map<Milestone, LatencySummary> latencies = new EnumMap<>(Milestone.class);
            Map<Milestone, Long> reached = new EnumMap<>(Milestone.class);
            for (Milestone milestone : Milestone.values()) {
                latencies.put(milestone, tracker.latency(milestone).summary());
                reached.put(milestone, tracker.reached(milestone));
            }
            return new LoadResult(title, settings, clock.startedAt(), driver.seconds(), pipelineSeconds,
                    counts.sent.sum(), counts.malformedSent.sum(), counts.accepted.sum(), counts.refused.sum(),
                    counts.errors(), latencies, reached, tracker.finalStatuses(), tracker.amplification(),
                    tracker.meanSubmittedValueBytes(), LagSummary.of(lag.samples(), lastSendingSecond), lag.samples(),
                    processes.usage(), processes.samples(), processes.maxTotalRssMiB(), series, lastSendingSecond,
                    problems);
        }
    }

    private static void tick(ProcessSampler processes, LagSampler lag, ProgressLine progress, RunClock clock,
            Phase phase) {
        try {
            processes.sample();
            lag.sample();
            long now = System.nanoTime();
            if (phase.drainStartNanos == 0) {
                progress.sending(clock.elapsedSeconds(now));
            } else {
                progress.draining((now - phase.drainStartNanos) / 1e9);
            }
        } catch (RuntimeException e) {
            // A failed sample must not end the ticks: the next second tries again.
            System.err.println("sampling failed: " + e);
        }
    }

    private static void drain(LoadSettings settings, Tracker tracker, Milestone awaited, StopFlag stop)
            throws InterruptedException {
        long deadline = System.nanoTime() + settings.drain().toNanos();
        while (!stop.stopped() && System.nanoTime() < deadline) {
            long accepted = tracker.accepted();
            if (tracker.reached(Milestone.FINAL_STATUS) >= accepted && tracker.reached(awaited) >= accepted) {
                return;
            }
            Thread.sleep(DRAIN_POLL_MILLIS);
        }
    }

    /**
     * Waits until no consumer group on the broker lags by more than {@code threshold} records, or {@code patience}
     * has passed, so that a run does not start behind the backlog of the one before; returns the total lag left.
     */
    public static long awaitSettled(KafkaClientConfig kafka, long threshold, Duration patience, PrintStream out)
            throws InterruptedException {
        try (LagSampler lag = new LagSampler(kafka, RunClock.startNow())) {
            long deadline = System.nanoTime() + patience.toNanos();
            long reported = 0;
            while (true) {
                lag.sample();
                long worst = lag.worstLatest();
                if (worst <= threshold || System.nanoTime() > deadline) {
                    if (worst > threshold) {
                        out.printf("The services still lag by %d records after %d s; starting anyway.%n",
                                lag.totalLatest(), patience.toSeconds());
                    }
                    return lag.totalLatest();
                }
                if (System.nanoTime() - reported > 10_000_000_000L) {
                    out.printf("Waiting for the services to catch up: %d records behind...%n", lag.totalLatest());
                    reported = System.nanoTime();
                }
                Thread.sleep(1000);
            }
        }
    }

    /** Short, lowercase, unique enough: keeps idempotency keys and e-mail addresses of runs apart. */
    public static String runId() {
        return Long.toString(System.currentTimeMillis(), 36);
    }

    private static final class Phase {
        private volatile long drainStartNanos;
    }
}
