package org.studiebro.cli;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.studiebro.benchmark.load.ChoiceCount;
import org.studiebro.benchmark.load.LoadSettings;
import org.studiebro.platform.samples.Region;
import org.studiebro.platform.signin.SampleClients;

import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The options load and benchmark share: where the platform is, whom to submit as, and what the applications look
 * like.
 */
final class ApplicationOptions {

    /** The benchmark's synthetic catalog's seat owner, whose course events no load applies to. */
    static final String SYNTHETIC_SEAT_OWNER = "benchmark-seats";

    @Option(names = "--url", paramLabel = "URL",
            defaultValue = "${env:STUDIEBRO_APPLICATIONS_URL:-http://127.0.0.1:8080}",
            description = "applications-service (STUDIEBRO_APPLICATIONS_URL; default: ${DEFAULT-VALUE})")
    URI applicationsUrl;

    @Mixin
    FormClientLogin form;

    @Mixin
    KafkaAddress kafka;

    @Mixin
    RegistryAddress registry;

    @Option(names = "--regions", paramLabel = "LIST", split = ",", defaultValue = "gr,sthlm,uppsala,vestland",
            description = "learners' regions and their mix: gr, sthlm, uppsala, vestland (default: all)")
    List<Region> regions;

    @Option(names = "--alternatives", paramLabel = "MIN-MAX", defaultValue = "1-3",
            description = "how many ranked course events an application names, 1-5 (default: ${DEFAULT-VALUE})")
    ChoiceCount choices;

    @Option(names = "--bad-ratio", paramLabel = "R", defaultValue = "0.05",
            description = "share of malformed requests, each of which must get 400 (default: ${DEFAULT-VALUE})")
    double badRatio;

    @Option(names = "--priority-groups", paramLabel = "R", defaultValue = "0.6",
            description = "share of applications with a priority group 1-5 (default: ${DEFAULT-VALUE})")
    double priorityGroupRatio;

    @Option(names = "--concurrency", paramLabel = "C",
            description = "at most C requests in flight, i.e. HTTP connections (default 64; 16 with --max)")
    Integer concurrency;

    @Option(names = "--timeout", paramLabel = "D", defaultValue = "10s",
            description = "an answer slower than this counts as a timeout (default: ${DEFAULT-VALUE})")
    Duration timeout;

    @Option(names = "--drain", paramLabel = "D", defaultValue = "60s", description = "after sending, wait up to D "
            + "for the last applications' final status and e-mail (default: ${DEFAULT-VALUE})")
    Duration drain;

    @Option(names = "--seed", paramLabel = "N", description = "random seed, for a repeatable mix")
    Long seed;

    /**
     * @param rate     requests per second, 0 for as fast as possible
     * @param duration null when a count ends the run
     */
    LoadSettings settings(Path home, double rate, Duration duration, long count, int defaultConcurrency) {
        return new LoadSettings(applicationsUrl, form.login(), kafka.clientConfig(home, KafkaAddress.LOCAL_SUPER_USER),
                registry.url(SampleClients.PROVISIONING), rate,
                concurrency == null ? defaultConcurrency : concurrency, duration, count,
                regions.stream().distinct().toList(), choices, badRatio, priorityGroupRatio, timeout, drain,
                SYNTHETIC_SEAT_OWNER, seed == null ? System.nanoTime() : seed);
    }
}
