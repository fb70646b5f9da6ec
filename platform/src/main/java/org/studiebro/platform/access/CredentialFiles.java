package org.studiebro.platform.access;

import java.nio.file.Files;
import java.nio.file.Path;

import org.studiebro.infrastructure.KafkaClientConfig;
import org.studiebro.infrastructure.KafkaCredentials;

/**
 * The users' client properties files in one directory, {@code <user>.properties}, readable by their owner only: made
 * with a new random password the first time a user is asked for, read back after that, so that a restart of the
 * platform keeps every password.
 */
public final class CredentialFiles {

    private final Path directory;
    private final KafkaClientConfig broker;

    /** @param broker how the broker is reached (any user's settings: the login is replaced) */
    public CredentialFiles(Path directory, KafkaClientConfig broker) {
        this.directory = directory;
        this.broker = broker;
    }

    public KafkaCredentials of(String user) {
        Path file = file(user);
        if (Files.exists(file)) {
            return KafkaCredentials.of(KafkaClientConfig.read(file));
        }
        KafkaCredentials credentials = KafkaCredentials.generate(user);
        broker.as(credentials).write(file, "Kafka client settings of " + user + ": keep them secret");
        return credentials;
    }

    /** The client settings that log in as {@code user}, with the address the broker has now. */
    public KafkaClientConfig clientConfig(String user) {
        return broker.as(of(user));
    }

    public Path file(String user) {
        return directory.resolve(user + ".properties");
    }
}
