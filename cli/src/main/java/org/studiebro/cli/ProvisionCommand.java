package org.studiebro.cli;

import java.time.Duration;
import java.util.concurrent.Callable;

import org.studiebro.platform.launch.PlatformTopics;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code ./studiebro provision}, which docker-compose runs before the services start. */
@Command(name = "provision", description = {"Create the core topics and dead-letter topics and register their "
        + "schemas on a running Kafka cluster and schema registry (used by docker-compose)."})
final class ProvisionCommand implements Callable<Integer> {

    private final Terminal terminal;

    @Spec
    private CommandSpec spec;

    @Mixin
    KafkaAddress kafka;

    @Mixin
    RegistryAddress registry;

    @Option(names = "--partitions", paramLabel = "N", defaultValue = "3",
            description = "partitions of each topic created (default: ${DEFAULT-VALUE})")
    int partitions;

    @Option(names = "--dead-letter-retention", paramLabel = "D", defaultValue = "90d",
            description = "how long dead letters and replays are kept, also on topics that exist already; they hold "
                    + "personal data that nobody processed (default: ${DEFAULT-VALUE})")
    Duration deadLetterRetention;

    ProvisionCommand(Terminal terminal) {
        this.terminal = terminal;
    }

    @Override
    public Integer call() {
        if (partitions <= 0) {
            throw new ParameterException(spec.commandLine(), "Option --partitions needs a positive whole number, not "
                    + partitions + ".");
        }
        if (deadLetterRetention.isNegative() || deadLetterRetention.isZero()) {
            throw new ParameterException(spec.commandLine(), "Option --dead-letter-retention needs a positive "
                    + "duration such as 90d, not " + deadLetterRetention + ".");
        }
        PlatformTopics.provision(kafka.bootstrapServers, registry.url, partitions, deadLetterRetention);
        terminal.out().println("Core topics and dead-letter topics provisioned on " + kafka.bootstrapServers
                + ", schemas registered at " + registry.url);
        return 0;
    }
}
