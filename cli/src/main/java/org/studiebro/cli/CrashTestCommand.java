package org.studiebro.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;

import org.studiebro.benchmark.crash.CrashSettings;
import org.studiebro.benchmark.crash.CrashTest;
import org.studiebro.benchmark.load.ChoiceCount;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code ./studiebro crash-test}. */
@Command(name = "crash-test", description = {"Start a scratch platform of its own (free ports, data under "
        + ".studiebro/crash-test/), send applications while the routing-service and notification-service are killed "
        + "and the broker restarted, then reconcile and print the counts (docs/crash-test/RESULT.md).",
        "Exits 1 when anything accepted was lost or doubled."})
final class CrashTestCommand implements Callable<Integer> {

    private static final String SAMPLE_SEATS = "sample";

    private final Terminal terminal;

    @Spec
    private CommandSpec spec;

    @Option(names = "--applications", paramLabel = "N", defaultValue = "20000",
            description = "how many applications, each sent until a 202 accepts it (default: ${DEFAULT-VALUE})")
    long applications;

    @Option(names = "--rate", paramLabel = "N", defaultValue = "100",
            description = "applications per second on a fixed schedule (default: ${DEFAULT-VALUE})")
    double rate;

    @Option(names = "--concurrency", paramLabel = "C", defaultValue = "64",
            description = "at most C requests in flight (default: ${DEFAULT-VALUE})")
    int concurrency;

    @Option(names = "--alternatives", paramLabel = "MIN-MAX", defaultValue = "1-3",
            description = "ranked course events per application (default: ${DEFAULT-VALUE})")
    ChoiceCount choices;

    @Option(names = "--seats", paramLabel = "N|sample", defaultValue = "200", description = "seats of every course "
            + "event (default: ${DEFAULT-VALUE}, room for 20,000 applications), or the sample catalog's own 2-30: "
            + "then reserve lists grow thousands long and each reserve is told when its position halves or doubles")
    String seats;

    @Option(names = "--downtime", paramLabel = "D", defaultValue = "5s",
            description = "how long a killed service stays down (default: ${DEFAULT-VALUE})")
    Duration downtime;

    @Option(names = "--timeout", paramLabel = "D", defaultValue = "10s", description = "an answer slower than this "
            + "is sent again, same Idempotency-Key (default: ${DEFAULT-VALUE})")
    Duration timeout;

    @Option(names = "--give-up", paramLabel = "D", defaultValue = "10m",
            description = "give an application up when not accepted within D (default: ${DEFAULT-VALUE})")
    Duration giveUpAfter;

    @Option(names = "--quiet", paramLabel = "D", defaultValue = "20s", description = "the platform is quiet after D "
            + "without lag or new records (default: ${DEFAULT-VALUE})")
    Duration quietFor;

    @Option(names = "--settle", paramLabel = "D", defaultValue = "60m",
            description = "wait at most D for the platform to be quiet (default: ${DEFAULT-VALUE})")
    Duration settle;

    @Option(names = "--data-dir", paramLabel = "DIR", description = "the platform's data and logs (default "
            + ".studiebro/crash-test/<time>; deleted after a passed run unless --keep-data)")
    Path dataDir;

    @Option(names = "--keep-data", description = "keep the platform's data after a passed run")
    boolean keepData;

    @Option(names = "--result", paramLabel = "FILE",
            description = "the markdown result (default docs/crash-test/RESULT.md)")
    Path result;

    @Option(names = "--seed", paramLabel = "N", description = "random seed, for a repeatable mix")
    Long seed;

    CrashTestCommand(Terminal terminal) {
        this.terminal = terminal;
    }

    CrashSettings settings(String stamp) {
        Path home = terminal.home();
        try {
            return new CrashSettings(applications, rate, concurrency, seed == null ? System.nanoTime() : seed,
                    choices, seats.equals(SAMPLE_SEATS) ? null : Integer.valueOf(seats), downtime, timeout,
                    giveUpAfter, quietFor, settle, home,
                    dataDir != null ? dataDir : home.resolve(".studiebro/crash-test/" + stamp), keepData,
                    result != null ? result : home.resolve("docs/crash-test/RESULT.md"), CommandLines.of(spec));
        } catch (NumberFormatException e) {
            throw new ParameterException(spec.commandLine(), "Option --seats takes a number or sample, not '" + seats
                    + "'.");
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    @Override
    public Integer call() throws InterruptedException {
        CrashSettings settings = settings(Stamp.now());
        try (StopOnSignal stop = new StopOnSignal()) {
            return CrashTest.run(settings, stop.flag(), terminal.out());
        }
    }
}
