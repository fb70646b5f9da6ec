package org.studiebro.benchmark.profile;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.studiebro.benchmark.measure.PlatformProcess;
import org.studiebro.benchmark.measure.PlatformProcesses;

/**
 * Profiles the platform during the middle third of a run's sending time: late enough that the JVMs are warm and the
 * load is steady, ended before the drain so that the profile shows the platform under the offered load.
 */
public final class ProfileWindow {

    private static final Duration INTERVAL = Duration.ofMillis(10);

    private final CompletableFuture<CpuProfiling> started;
    private final Path directory;
    private final PrintStream out;

    private ProfileWindow(CompletableFuture<CpuProfiling> started, Path directory, PrintStream out) {
        this.started = started;
        this.directory = directory;
        this.out = out;
    }

    /** @param directory where the collapsed stacks and the flame graphs go: the run's results, not the repository */
    public static ProfileWindow during(Duration sending, int registryPort, Path directory, PrintStream out) {
        return during(sending, () -> PlatformProcesses.find(registryPort), directory, out);
    }

    static ProfileWindow during(Duration sending, Supplier<List<PlatformProcess>> processes, Path directory,
            PrintStream out) {
        long third = sending.toMillis() / 3;
        // Both delays count from now: the start at one third of the sending time, the stop at two thirds.
        Executor atStart = CompletableFuture.delayedExecutor(third, TimeUnit.MILLISECONDS);
        Executor atEnd = CompletableFuture.delayedExecutor(2 * third, TimeUnit.MILLISECONDS);
        CompletableFuture<CpuProfiling> started = CompletableFuture.supplyAsync(
                () -> CpuProfiling.start(processes.get(), directory, INTERVAL, out), atStart);
        CompletableFuture.runAsync(() -> {
            if (started.isDone() && !started.isCompletedExceptionally() && !started.isCancelled()) {
                started.join().stop(directory);
            }
        }, atEnd);
        return new ProfileWindow(started, directory, out);
    }

    /**
     * The profiles, once the window has closed; after a run cut short, stops at once (or returns none when the
     * profiler had not started yet). A profiler that could not start costs the run its profiles, not its figures.
     */
    public List<ProcessProfile> profiles() {
        if (!started.isDone()) {
            started.cancel(false);
            return List.of();
        }
        if (started.isCompletedExceptionally()) {
            out.println("Profiler: not started: " + started.exceptionNow().getMessage());
            return List.of();
        }
        // The scheduled stop may be running or done: stopping is once only and gives the same profiles.
        return started.join().stop(directory);
    }
}
