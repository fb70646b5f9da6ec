package org.studiebro.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Function;

import org.studiebro.benchmark.BenchmarkPlan;
import org.studiebro.benchmark.BenchmarkRun;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code ./studiebro benchmark}. */
@Command(name = "benchmark", description = {"Raw broker ceiling, pipeline runs and routing cost against catalog "
        + "size, written to docs/benchmark/REPORT.md with a chart.",
        "The catalog sizes publish synthetic course events of a synthetic seat owner (benchmark-seats) on "
                + "catalog.course-events: run the benchmark against a scratch platform, not one holding real data.",
        "Ctrl-C stops sending and still writes what was measured."})
final class BenchmarkCommand implements Callable<Integer> {

    private final Terminal terminal;

    @Spec
    private CommandSpec spec;

    @Mixin
    ApplicationOptions applications;

    @Option(names = "--rates", paramLabel = "LIST", defaultValue = "300", description = "pipeline runs at these "
            + "rates per second, one after the other (default: ${DEFAULT-VALUE}; the issue's targets: 500,1000)")
    String rates;

    @Option(names = "--duration", paramLabel = "D", defaultValue = "60s",
            description = "each pipeline run's sending time (default: ${DEFAULT-VALUE}; the targets: 5m)")
    Duration duration;

    @Option(names = "--raw-records", paramLabel = "N", defaultValue = "1000000",
            description = "records each of Kafka's perf tools moves (default: ${DEFAULT-VALUE})")
    long rawRecords;

    @Option(names = "--catalog-sizes", paramLabel = "LIST", defaultValue = "1000,10000,100000",
            description = "synthetic catalog sizes (default: ${DEFAULT-VALUE})")
    String catalogSizes;

    @Option(names = "--catalog-rate", paramLabel = "N", defaultValue = "50",
            description = "the load's rate at each catalog size (default: ${DEFAULT-VALUE}/s)")
    double catalogRate;

    @Option(names = "--catalog-duration", paramLabel = "D", defaultValue = "30s",
            description = "the load's length at each catalog size (default: ${DEFAULT-VALUE})")
    Duration catalogDuration;

    @Option(names = "--keep-catalog", description = "leave the synthetic course events in the catalog (default: "
            + "tombstoned)")
    boolean keepCatalog;

    @Option(names = "--skip-raw", description = "leave out the raw ceiling")
    boolean skipRaw;

    @Option(names = "--skip-catalog", description = "leave out the catalog sizes")
    boolean skipCatalog;

    @Option(names = "--profile", description = "CPU-profile every JVM of the platform (async-profiler) in the middle "
            + "third of each pipeline run: flame graphs in the results, a summary in the report")
    boolean profile;

    @Option(names = "--warmup", paramLabel = "D", defaultValue = "15s", description = "warm-up at 50/s before "
            + "measuring, also measures the record size (default: ${DEFAULT-VALUE})")
    Duration warmup;

    @Option(names = "--up-log", paramLabel = "FILE",
            description = "the output of ./studiebro up, to report how long it took to be ready")
    Path upLog;

    @Option(names = "--report-dir", paramLabel = "DIR",
            description = "where REPORT.md and the highest-rate run's chart go (default docs/benchmark)")
    Path reportDir;

    @Option(names = "--results-dir", paramLabel = "DIR", description = "every run's files: CSV, summaries, chart, "
            + "flame graphs (default .studiebro/benchmark/<time>)")
    Path resultsDir;

    BenchmarkCommand(Terminal terminal) {
        this.terminal = terminal;
    }

    BenchmarkPlan plan(String stamp) {
        List<Double> pipelineRates = parsed("--rates", rates, BenchmarkPlan::doubles);
        if (pipelineRates.isEmpty() || pipelineRates.stream().anyMatch(rate -> rate <= 0)) {
            throw new ParameterException(spec.commandLine(), "--rates needs one or more rates above 0");
        }
        return new BenchmarkPlan(
                applications.settings(terminal.home(), BenchmarkPlan.WARMUP_RATE, warmup, 0, 64),
                resultsDir != null ? resultsDir : terminal.home().resolve(".studiebro/benchmark/" + stamp),
                reportDir != null ? reportDir : terminal.home().resolve("docs/benchmark"),
                warmup, rawRecords, skipRaw, pipelineRates, duration,
                parsed("--catalog-sizes", catalogSizes, BenchmarkPlan::integers),
                catalogRate, catalogDuration, keepCatalog, skipCatalog, profile);
    }

    @Override
    public Integer call() throws InterruptedException {
        BenchmarkPlan plan = plan(Stamp.now());
        Double upSeconds = upLog == null ? null : parsed("--up-log", upLog, BenchmarkRun::upSeconds);
        try (StopOnSignal stop = new StopOnSignal()) {
            BenchmarkRun.run(plan, upSeconds, CommandLines.of(spec), stop.flag(), terminal.out());
        }
        return 0;
    }

    private <T, R> R parsed(String option, T value, Function<T, R> parser) {
        try {
            return parser.apply(value);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "Option " + option + ": " + e.getMessage());
        }
    }
}
