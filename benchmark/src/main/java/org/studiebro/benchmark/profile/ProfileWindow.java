package org.studiebro.benchmark.profile;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;

import org.studiebro.benchmark.measure.PlatformProcesses;

/**
 * Profiles the platform during the middle third of a run's sending time: late enough that the JVMs are warm and the
 * load is steady, ended before the drain so that the profile shows the platform under the offered load.
 */
public final class ProfileWindow {

    private static final Duration INTERVAL = Duration.ofMillis(10);

    private final CompletableFuture<CpuProfiling> started;
    private final CompletableFuture<List<ProcessProfile>> stopped;
    private final Path stacks;
    private final Path flameGraphs;

    private ProfileWindow(CompletableFuture<CpuProfiling> started, CompletableFuture<List<ProcessProfile>> stopped,
            Path stacks, Path flameGraphs) {
        this.started = started;
        this.stopped = stopped;
        this.stacks = stacks;
        this.flameGraphs = flameGraphs;
    }

    /**
     * @param stacks      where the collapsed stacks go (the run's results)
     * @param flameGraphs where the flame graphs go (beside the report)
     */
    public static ProfileWindow during(Duration sending, int registryPort, Path stacks, Path flameGraphs,
            PrintStream out) {
        long third = sending.toMillis() / 3;
        Executor atStart = CompletableFuture.delayedExecutor(third, TimeUnit.MILLISECONDS);
        Executor atEnd = CompletableFuture.delayedExecutor(2 * third, TimeUnit.MILLISECONDS);
        CompletableFuture<CpuProfiling> started = CompletableFuture.supplyAsync(() -> CpuProfiling.start(
                PlatformProcesses.find(registryPort), stacks, INTERVAL, out), atStart);
        CompletableFuture<List<ProcessProfile>> stopped = started.thenApplyAsync(
                profiling -> profiling.stop(stacks, flameGraphs), atEnd);
        return new ProfileWindow(started, stopped, stacks, flameGraphs);
    }

    /**
     * The profiles, once the window has closed; after a run cut short, stops at once (or returns none when the
     * profiler had not started yet).
     */
    public List<ProcessProfile> profiles() {
        if (!started.isDone()) {
            started.cancel(false);
            return List.of();
        }
        if (!stopped.isDone()) {
            return started.join().stop(stacks, flameGraphs);
        }
        return stopped.join();
    }
}
