package org.studiebro.platform.cli;

import java.util.List;
import java.util.Set;

import org.studiebro.platform.watch.WatchRequest;

/**
 * A parsed command line of the launcher.
 *
 * @param count      demo: how many sample applications to submit
 * @param partitions provision: partitions of each topic created
 * @param watch      watch: which topics, which application, from where
 */
record Command(Name name, int count, String bootstrapServers, String schemaRegistryUrl, int partitions,
        WatchRequest watch) {

    enum Name { UP, DEMO, PROVISION, WATCH, HELP }

    static final int DEFAULT_COUNT = 40;
    static final String DEFAULT_BOOTSTRAP = "127.0.0.1:9092";
    static final String DEFAULT_REGISTRY = "http://127.0.0.1:8085/apis/ccompat/v7";
    static final int DEFAULT_PARTITIONS = 3;
    static final String FROM_BEGINNING = "--from-beginning";

    static final String USAGE = """
            Usage: studiebro <command> [options]

              up                        start the whole platform locally; Ctrl-C stops it
              demo [--count N]          submit N sample applications (default 40) and summarise the outcomes;
                                        starts the platform first if it is not running
              provision [--bootstrap HOST:PORT] [--registry URL] [--partitions N]
                                        create the core topics and register their schemas on a running
                                        Kafka cluster and schema registry (used by docker-compose)
              watch [TOPIC-OR-PATTERN ...] [--application ID] [--from-beginning] [--bootstrap HOST:PORT]
                    [--registry URL]
                                        print each event as one line, decoded, identity numbers masked,
                                        from now on (or from the beginning) until Ctrl-C; topics by name or
                                        regular expression, by default every Studiebro topic but the catalog
                                        and reference data; --application: one application's journey
              help                      show this text
            """;

    static Command parse(List<String> args) throws UsageException {
        if (args.isEmpty()) {
            throw new UsageException("No command given.");
        }
        Name name = switch (args.getFirst()) {
            case "up" -> Name.UP;
            case "demo" -> Name.DEMO;
            case "provision" -> Name.PROVISION;
            case "watch" -> Name.WATCH;
            case "help", "--help", "-h" -> Name.HELP;
            default -> throw new UsageException("Unknown command: " + args.getFirst());
        };
        Options options = new Options(args.subList(1, args.size()), Set.of(FROM_BEGINNING));
        WatchRequest everything = WatchRequest.everything();
        Command command = switch (name) {
            case UP, HELP -> new Command(name, DEFAULT_COUNT, DEFAULT_BOOTSTRAP, DEFAULT_REGISTRY, DEFAULT_PARTITIONS,
                    everything);
            case DEMO -> new Command(name, options.positiveInt("--count", DEFAULT_COUNT), DEFAULT_BOOTSTRAP,
                    DEFAULT_REGISTRY, DEFAULT_PARTITIONS, everything);
            case PROVISION -> new Command(name, DEFAULT_COUNT, options.text("--bootstrap", DEFAULT_BOOTSTRAP),
                    options.text("--registry", DEFAULT_REGISTRY),
                    options.positiveInt("--partitions", DEFAULT_PARTITIONS), everything);
            case WATCH -> new Command(name, DEFAULT_COUNT, options.text("--bootstrap", DEFAULT_BOOTSTRAP),
                    options.text("--registry", DEFAULT_REGISTRY), DEFAULT_PARTITIONS, watchRequest(options));
        };
        options.requireAllUsed(args.getFirst());
        return command;
    }

    private static WatchRequest watchRequest(Options options) throws UsageException {
        List<String> topics = options.arguments();
        String application = options.optionalText("--application").orElse(null);
        try {
            return WatchRequest.of(topics, application, options.flag(FROM_BEGINNING));
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }

    /** The command line was wrong; the launcher prints the message and the usage, and exits with 2. */
    static final class UsageException extends Exception {
        UsageException(String message) {
            super(message);
        }
    }
}
