package org.studiebro.infrastructure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.common.config.SaslConfigs;
import org.apache.kafka.common.utils.Utils;

/**
 * How a tool's Kafka clients reach and log in to the broker: bootstrap servers, security protocol, SASL login and trust
 * store, in the form of Kafka's client properties (the file Kafka's own tools take with {@code --command-config}).
 */
public record KafkaClientConfig(Map<String, Object> settings) {

    public KafkaClientConfig {
        if (!settings.containsKey(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG)) {
            throw new IllegalArgumentException("Kafka client settings need " + CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG);
        }
        settings = Map.copyOf(settings);
    }

    /** A client properties file as Kafka's tools read it, with {@code bootstrapServers} instead of its own if given. */
    public static KafkaClientConfig read(Path file, String bootstrapServers) {
        Map<String, Object> settings = new LinkedHashMap<>();
        try {
            Utils.loadProps(file.toString()).forEach((key, value) -> settings.put(key.toString(), value));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the Kafka client settings in " + file, e);
        }
        if (bootstrapServers != null) {
            settings.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        }
        return new KafkaClientConfig(settings);
    }

    public static KafkaClientConfig read(Path file) {
        return read(file, null);
    }

    public String bootstrapServers() {
        return settings.get(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG).toString();
    }

    /** A new, modifiable map of these settings with {@code overrides} added: what a client's constructor takes. */
    public Map<String, Object> with(Map<String, ?> overrides) {
        Map<String, Object> config = new HashMap<>(settings);
        config.putAll(overrides);
        return config;
    }

    /** The same broker, reached the same way, logged in as {@code user}. */
    public KafkaClientConfig as(KafkaCredentials user) {
        return new KafkaClientConfig(with(Map.of(SaslConfigs.SASL_MECHANISM, KafkaCredentials.MECHANISM,
                SaslConfigs.SASL_JAAS_CONFIG, user.jaasConfig())));
    }

    /** Writes the settings as a properties file only its owner may read: it holds a password. */
    public Path write(Path file, String comment) {
        String text = settings.entrySet().stream()
                .map(entry -> entry.getKey() + "=" + entry.getValue().toString().replace("\\", "\\\\"))
                .collect(Collectors.joining("\n", "# " + comment + "\n", "\n"));
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.deleteIfExists(file);
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.writeString(file, text, StandardCharsets.UTF_8);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write " + file, e);
        }
    }
}
