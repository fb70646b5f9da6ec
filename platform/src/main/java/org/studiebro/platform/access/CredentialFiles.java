package org.studiebro.platform.access;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

import org.studiebro.infrastructure.KafkaClientConfig;
import org.studiebro.infrastructure.KafkaCredentials;

/**
 * The users' client properties files in one directory, {@code <user>.properties}, readable by their owner only: made
 * the first time a user is asked for, read back after that, so that a restart of the platform keeps every password.
 * A new user's password is random, unless the deployment chose it: {@code STUDIEBRO_KAFKA_PASSWORD_<USER>} (the user
 * name in upper case, other characters as underscores), for a system that can only be given a password, not a file.
 */
public final class CredentialFiles {

    private final Path directory;
    private final KafkaClientConfig broker;
    private final Map<String, String> chosenPasswords;

    /** @param broker how the broker is reached (any user's settings: the login is replaced) */
    public CredentialFiles(Path directory, KafkaClientConfig broker) {
        this(directory, broker, System.getenv());
    }

    CredentialFiles(Path directory, KafkaClientConfig broker, Map<String, String> environment) {
        this.directory = directory;
        this.broker = broker;
        this.chosenPasswords = Map.copyOf(environment);
    }

    public KafkaCredentials of(String user) {
        Path file = file(user);
        if (Files.exists(file)) {
            return KafkaCredentials.of(KafkaClientConfig.read(file));
        }
        String chosen = chosenPasswords.get(passwordVariable(user));
        KafkaCredentials credentials = chosen == null || chosen.isBlank() ? KafkaCredentials.generate(user)
                : new KafkaCredentials(user, chosen);
        broker.as(credentials).write(file, "Kafka client settings of " + user + ": keep them secret");
        return credentials;
    }

    /** The client settings that log in as {@code user}, with the address the broker has now. */
    public KafkaClientConfig clientConfig(String user) {
        return broker.as(of(user));
    }

    static String passwordVariable(String user) {
        return "STUDIEBRO_KAFKA_PASSWORD_" + user.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "_");
    }

    public Path file(String user) {
        return directory.resolve(user + ".properties");
    }
}
