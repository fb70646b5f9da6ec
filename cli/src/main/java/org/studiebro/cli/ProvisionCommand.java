package org.studiebro.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;

import org.studiebro.infrastructure.KafkaClientConfig;
import org.studiebro.infrastructure.KafkaCredentials;
import org.studiebro.platform.access.CredentialFiles;
import org.studiebro.platform.access.PlatformAccess;
import org.studiebro.platform.launch.PlatformTopics;
import org.studiebro.platform.signin.SampleClients;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code ./studiebro provision}, which docker-compose runs before the services start. */
@Command(name = "provision", description = {"Create the broker users and ACLs of the services, the operators and every "
        + "party that has topics, create the core topics and dead-letter topics and register their schemas, on a "
        + "running Kafka cluster and schema registry (used by docker-compose). Logs in as the broker's super user."})
final class ProvisionCommand implements Callable<Integer> {

    private final Terminal terminal;

    @Spec
    private CommandSpec spec;

    @Mixin
    KafkaAddress kafka;

    @Mixin
    RegistryAddress registry;

    @Option(names = "--credentials-dir", paramLabel = "DIR", defaultValue = ".studiebro/credentials",
            description = "where the services', operators' and new parties' logins are kept, one client properties "
                    + "file each, made with a new password when missing (default: ${DEFAULT-VALUE})")
    Path credentials;

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
        KafkaClientConfig superUser = kafka.clientConfig(terminal.home(), KafkaAddress.LOCAL_SUPER_USER);
        CredentialFiles logins = new CredentialFiles(terminal.home().resolve(credentials), superUser);
        PlatformAccess.provisionServices(superUser, logins);
        terminal.out().println("The services' and operators' broker users and ACLs are provisioned; their logins are "
                + "in " + credentials);
        PlatformTopics.provision(superUser, registry.url(SampleClients.PROVISIONING), partitions,
                deadLetterRetention);
        terminal.out().println("Core topics and dead-letter topics provisioned on " + superUser.bootstrapServers()
                + ", schemas registered at " + registry.url);
        List<KafkaCredentials> parties = PlatformAccess.provisionParties(superUser, logins::of);
        parties.forEach(party -> terminal.out().println("New party user " + party.username() + ": its login is in "
                + logins.file(party.username())));
        return 0;
    }
}
