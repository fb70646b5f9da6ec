package org.studiebro.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;

import org.studiebro.benchmark.load.LoadResult;
import org.studiebro.benchmark.load.LoadRun;
import org.studiebro.benchmark.load.LoadSettings;
import org.studiebro.benchmark.report.LoadFiles;
import org.studiebro.benchmark.report.LoadSummary;
import org.studiebro.benchmark.report.LoadTables;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code ./studiebro load}. */
@Command(name = "load", description = {"Drive the running platform with realistic applications and measure it from "
        + "outside: throughput, latencies to seat request, final status and e-mail, CPU and memory.",
        "Ctrl-C stops sending and still writes what was measured."})
final class LoadCommand implements Callable<Integer> {

    private final Terminal terminal;

    @Spec
    private CommandSpec spec;

    @Mixin
    ApplicationOptions applications;

    @Option(names = "--rate", paramLabel = "N",
            description = "N requests per second on a fixed schedule (default 50); not with --max")
    Double rate;

    @Option(names = "--max", description = "as fast as --concurrency connections allow")
    boolean max;

    @Option(names = "--duration", paramLabel = "D", description = "how long, e.g. 30s, 5m (default 30s); not with "
            + "--count")
    Duration duration;

    @Option(names = "--count", paramLabel = "N", description = "how many requests")
    Long count;

    @Option(names = "--out", paramLabel = "DIR",
            description = "CSV time series, summary.md and summary.json (default .studiebro/load/<time>)")
    Path out;

    LoadCommand(Terminal terminal) {
        this.terminal = terminal;
    }

    LoadSettings settings() {
        if (max && rate != null) {
            throw new ParameterException(spec.commandLine(), "Give --rate N or --max, not both.");
        }
        if (duration != null && count != null) {
            throw new ParameterException(spec.commandLine(), "Give --duration or --count, not both.");
        }
        return applications.settings(terminal.home(), max ? 0 : rate == null ? 50.0 : rate,
                count != null ? null : duration == null ? Duration.ofSeconds(30) : duration,
                count == null ? 0 : count, max ? 16 : 64);
    }

    @Override
    public Integer call() throws InterruptedException {
        LoadSettings settings = settings();
        Path dir = out != null ? out : terminal.home().resolve(".studiebro/load/" + Stamp.now());
        try (StopOnSignal stop = new StopOnSignal()) {
            LoadResult result = LoadRun.regionalMix(settings, "Load", stop.flag(), terminal.out());
            LoadSummary summary = LoadSummary.of(result);
            LoadFiles.write(result, summary, dir);
            terminal.out().println();
            terminal.out().print(LoadTables.all(result, summary, "##"));
            terminal.out().println("CSV time series, summary.md and summary.json in " + dir + " (seed "
                    + settings.seed() + ")");
        }
        return 0;
    }
}
