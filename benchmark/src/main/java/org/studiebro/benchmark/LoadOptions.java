package org.studiebro.benchmark;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;

import org.studiebro.benchmark.load.ChoiceCount;
import org.studiebro.benchmark.load.LoadSettings;
import org.studiebro.benchmark.load.Rates;
import org.studiebro.benchmark.load.Region;

/** The options both commands share: where the platform is, and what the applications look like. */
final class LoadOptions {

    static final String SYNTHETIC_SEAT_OWNER = "benchmark-seats";

    private LoadOptions() {
    }

    /**
     * @param rate     requests per second, 0 for as fast as possible
     * @param duration null when a count ends the run
     */
    static LoadSettings settings(Arguments args, double rate, Duration duration, long count,
            int defaultConcurrency) {
        return new LoadSettings(
                args.parsed("--url", env("STUDIEBRO_APPLICATIONS_URL", "http://127.0.0.1:8080"), URI::create),
                args.text("--bootstrap", env("KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:9092")),
                args.text("--registry", env("SCHEMA_REGISTRY_URL", "http://127.0.0.1:8085/apis/ccompat/v7")),
                rate,
                args.parsed("--concurrency", Integer.toString(defaultConcurrency), Integer::parseInt),
                duration,
                count,
                args.parsed("--regions", "gr,sthlm,uppsala,vestland", Region::parse),
                args.parsed("--alternatives", "1-3", ChoiceCount::parse),
                args.parsed("--bad-ratio", "0.05", Double::parseDouble),
                args.parsed("--priority-groups", "0.6", Double::parseDouble),
                args.parsed("--timeout", "10s", Rates::parseDuration),
                args.parsed("--drain", "60s", Rates::parseDuration),
                SYNTHETIC_SEAT_OWNER,
                args.parsed("--seed", Long.toString(System.nanoTime()), Long::parseLong));
    }

    static Optional<Duration> duration(Arguments args, String name) {
        return args.parsedOptional(name, Rates::parseDuration);
    }

    static String env(String name, String defaultValue) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? defaultValue : value;
    }
}
