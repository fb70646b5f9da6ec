package org.studiebro.benchmark;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.studiebro.benchmark.Arguments.UsageException;
import org.studiebro.benchmark.crash.CrashTest;
import org.studiebro.benchmark.load.LoadResult;
import org.studiebro.benchmark.load.LoadRun;
import org.studiebro.benchmark.load.LoadSettings;
import org.studiebro.benchmark.load.StopFlag;
import org.studiebro.benchmark.report.LoadFiles;
import org.studiebro.benchmark.report.LoadSummary;
import org.studiebro.benchmark.report.LoadTables;

/** The entry point behind {@code ./studiebro load}, {@code ./studiebro benchmark} and {@code ./studiebro crash-test}. */
public final class BenchmarkCli {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
    private static final long STOP_GRACE_SECONDS = 60;
    private static final Set<String> HELP = Set.of("help", "-h", "--help");

    private BenchmarkCli() {
    }

    public static void main(String[] args) {
        StopFlag stop = new StopFlag();
        CountDownLatch done = new CountDownLatch(1);
        // Ctrl-C stops sending; the run still gathers and writes what it measured before the JVM exits.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            stop.stop();
            try {
                done.await(STOP_GRACE_SECONDS, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "stop load"));
        int status = run(List.of(args), stop, System.out, System.err);
        done.countDown();
        System.exit(status);
    }

    static int run(List<String> args, StopFlag stop, PrintStream out, PrintStream err) {
        if (args.isEmpty()) {
            err.print(Usage.TEXT);
            return 2;
        }
        if (args.stream().anyMatch(HELP::contains)) {
            out.print(Usage.TEXT);
            return 0;
        }
        String command = args.getFirst();
        List<String> rest = args.subList(1, args.size());
        try {
            return switch (command) {
                case "load" -> load(new Arguments(rest, Set.of("--max")), stop, out);
                case "benchmark" -> BenchmarkRun.run(new Arguments(rest, BenchmarkPlan.FLAGS), args, stop, out);
                case "crash-test" -> CrashTest.run(CrashTestOptions.settings(
                        new Arguments(rest, CrashTestOptions.FLAGS), args, home(), stamp()), stop, out);
                default -> throw new UsageException("Unknown command: " + command);
            };
        } catch (UsageException e) {
            err.println(e.getMessage());
            err.println();
            err.print(Usage.TEXT);
            return 2;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            err.println("Interrupted.");
            return 1;
        } catch (RuntimeException e) {
            err.println();
            err.println("Studiebro " + command + " failed: " + e.getMessage());
            return 1;
        }
    }

    private static int load(Arguments args, StopFlag stop, PrintStream out) throws InterruptedException {
        boolean max = args.flag("--max");
        Optional<Double> rate = args.parsedOptional("--rate", Double::parseDouble);
        if (max && rate.isPresent()) {
            throw new UsageException("Give --rate N or --max, not both.");
        }
        Optional<Duration> duration = LoadOptions.duration(args, "--duration");
        Optional<Long> count = args.parsedOptional("--count", Long::parseLong);
        if (duration.isPresent() && count.isPresent()) {
            throw new UsageException("Give --duration or --count, not both.");
        }
        Path dir = args.parsed("--out", home().resolve(".studiebro/load/" + stamp()).toString(), Path::of);
        LoadSettings settings = LoadOptions.settings(args, max ? 0 : rate.orElse(50.0),
                count.isPresent() ? null : duration.orElse(Duration.ofSeconds(30)), count.orElse(0L),
                max ? 16 : 64);
        args.requireAllUsed("load");
        LoadResult result = LoadRun.regionalMix(settings, "Load", stop, out);
        LoadSummary summary = LoadSummary.of(result);
        LoadFiles.write(result, summary, dir);
        out.println();
        out.print(LoadTables.all(result, summary, "##"));
        out.println("CSV time series, summary.md and summary.json in " + dir + " (seed " + settings.seed() + ")");
        return 0;
    }

    /** The repository's root as ./studiebro passes it, else the working directory. */
    static Path home() {
        return Path.of(System.getProperty("studiebro.home", ".")).toAbsolutePath().normalize();
    }

    static String stamp() {
        return LocalDateTime.now().format(STAMP);
    }
}
