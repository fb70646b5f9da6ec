package org.studiebro.cli;

import picocli.CommandLine.Option;

/** {@code --bootstrap}: the Kafka cluster a command talks to, by default the local platform's. */
final class KafkaAddress {

    @Option(names = "--bootstrap", paramLabel = "HOST:PORT",
            defaultValue = "${env:KAFKA_BOOTSTRAP_SERVERS:-127.0.0.1:9092}",
            description = "Kafka (KAFKA_BOOTSTRAP_SERVERS; default: ${DEFAULT-VALUE})")
    String bootstrapServers;
}
