package org.studiebro.cli;

import java.nio.file.Files;
import java.nio.file.Path;

import org.studiebro.infrastructure.KafkaClientConfig;

import picocli.CommandLine.Option;

/**
 * {@code --bootstrap} and {@code --command-config}: the Kafka cluster a command talks to and how it logs in, as
 * Kafka's own tools take them; by default the local platform's, with the login the command's user has there.
 */
final class KafkaAddress {

    /** The local platform's login of the operators, whose tools read every topic and write only replays. */
    static final Path LOCAL_OPERATOR = Path.of(".studiebro", "credentials", "studiebro-operator.properties");
    /** The local platform's super user, who creates users, ACLs and topics. */
    static final Path LOCAL_SUPER_USER = Path.of(".studiebro", "kafka", "admin.properties");

    @Option(names = "--bootstrap", paramLabel = "HOST:PORT", defaultValue = "${env:KAFKA_BOOTSTRAP_SERVERS}",
            description = "Kafka (KAFKA_BOOTSTRAP_SERVERS; default: the --command-config file's, else 127.0.0.1:9092)")
    String bootstrapServers;

    @Option(names = "--command-config", paramLabel = "FILE", defaultValue = "${env:KAFKA_COMMAND_CONFIG}",
            description = "Kafka client properties with the login (security.protocol, sasl.mechanism, "
                    + "sasl.jaas.config, ssl.truststore.*) as Kafka's tools take them (KAFKA_COMMAND_CONFIG; default: "
                    + "the local platform's, under .studiebro/)")
    Path commandConfig;

    /** The client settings from --command-config, or else from the local platform's file for this command. */
    KafkaClientConfig clientConfig(Path home, Path localDefault) {
        Path file = commandConfig != null ? commandConfig : home.resolve(localDefault);
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("the broker wants a login, and " + file + " does not exist: pass "
                    + "--command-config with a Kafka client properties file (the local platform writes its own under "
                    + ".studiebro/ when ./studiebro up starts it)");
        }
        return KafkaClientConfig.read(file, bootstrapServers);
    }
}
