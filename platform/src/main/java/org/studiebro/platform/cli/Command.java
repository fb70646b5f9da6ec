package org.studiebro.platform.cli;

import java.util.List;
import java.util.Set;

import org.studiebro.platform.deadletters.DeadLetterRequest;
import org.studiebro.platform.watch.WatchRequest;

/**
 * A parsed command line of the launcher.
 *
 * @param count       demo: how many sample applications to submit
 * @param partitions  provision: partitions of each topic created
 * @param watch       watch: which topics, which application, from where
 * @param deadLetters dead-letters: list or replay, whose, which
 */
record Command(Name name, int count, String bootstrapServers, String schemaRegistryUrl, int partitions,
        WatchRequest watch, DeadLetterRequest deadLetters) {

    enum Name { UP, DEMO, PROVISION, WATCH, DEAD_LETTERS, HELP }

    static final int DEFAULT_COUNT = 40;
    static final String DEFAULT_BOOTSTRAP = "127.0.0.1:9092";
    static final String DEFAULT_REGISTRY = "http://127.0.0.1:8085/apis/ccompat/v7";
    static final int DEFAULT_PARTITIONS = 3;
    static final String FROM_BEGINNING = "--from-beginning";
    static final String ALL = "--all";
    static final String DRY_RUN = "--dry-run";
    static final String AT = "--at";

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
              dead-letters list [--service SERVICE] [--bootstrap HOST:PORT]
                                        print a table of every dead letter (of one service): where it is, the
                                        original record's time, key and topic partition@offset, the reason, and
                                        whether it was replayed
              dead-letters replay --service SERVICE (--at PARTITION@OFFSET [--at ...] | --all) [--dry-run]
                    [--bootstrap HOST:PORT]
                                        send the chosen dead letters back to their service (through
                                        replays.SERVICE) once their cause is fixed; each is replayed once, a
                                        second replay skips it; --dry-run shows what would be replayed
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
            case "dead-letters" -> Name.DEAD_LETTERS;
            case "help", "--help", "-h" -> Name.HELP;
            default -> throw new UsageException("Unknown command: " + args.getFirst());
        };
        Options options = new Options(args.subList(1, args.size()), Set.of(FROM_BEGINNING, ALL, DRY_RUN),
                Set.of(AT));
        WatchRequest everything = WatchRequest.everything();
        DeadLetterRequest allDeadLetters = DeadLetterRequest.list(null);
        Command command = switch (name) {
            case UP, HELP -> new Command(name, DEFAULT_COUNT, DEFAULT_BOOTSTRAP, DEFAULT_REGISTRY, DEFAULT_PARTITIONS,
                    everything, allDeadLetters);
            case DEMO -> new Command(name, options.positiveInt("--count", DEFAULT_COUNT), DEFAULT_BOOTSTRAP,
                    DEFAULT_REGISTRY, DEFAULT_PARTITIONS, everything, allDeadLetters);
            case PROVISION -> new Command(name, DEFAULT_COUNT, options.text("--bootstrap", DEFAULT_BOOTSTRAP),
                    options.text("--registry", DEFAULT_REGISTRY),
                    options.positiveInt("--partitions", DEFAULT_PARTITIONS), everything, allDeadLetters);
            case WATCH -> new Command(name, DEFAULT_COUNT, options.text("--bootstrap", DEFAULT_BOOTSTRAP),
                    options.text("--registry", DEFAULT_REGISTRY), DEFAULT_PARTITIONS, watchRequest(options),
                    allDeadLetters);
            case DEAD_LETTERS -> new Command(name, DEFAULT_COUNT, options.text("--bootstrap", DEFAULT_BOOTSTRAP),
                    DEFAULT_REGISTRY, DEFAULT_PARTITIONS, everything, deadLetterRequest(options));
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

    /** {@code list} or {@code replay}, then their options; an option the action does not take is refused. */
    private static DeadLetterRequest deadLetterRequest(Options options) throws UsageException {
        List<String> actions = options.arguments();
        if (actions.size() != 1) {
            throw new UsageException("dead-letters takes one action, list or replay"
                    + (actions.isEmpty() ? "." : ", not: " + String.join(" ", actions)));
        }
        try {
            return switch (actions.getFirst()) {
                case "list" -> DeadLetterRequest.list(options.optionalText("--service").orElse(null));
                case "replay" -> {
                    String service = options.optionalText("--service")
                            .orElseThrow(() -> new UsageException("dead-letters replay needs --service SERVICE."));
                    yield DeadLetterRequest.replay(service, options.all(AT), options.flag(ALL), options.flag(DRY_RUN));
                }
                default -> throw new UsageException("Unknown dead-letters action: " + actions.getFirst()
                        + " (list or replay)");
            };
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
