package org.studiebro.plumbing.login;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Lets a service log in to the broker from a Kafka client properties file, the same file Kafka's tools and
 * {@code ./studiebro} take with {@code --command-config}: {@code studiebro.kafka.client-config} (environment
 * STUDIEBRO_KAFKA_CLIENT_CONFIG) names it, and its settings become {@code spring.kafka.*}, ahead of every other
 * source. The password so stays in a file only the service's user may read, not in its environment.
 */
public final class KafkaClientConfigFile implements EnvironmentPostProcessor, Ordered {

    public static final String PROPERTY = "studiebro.kafka.client-config";
    static final String SOURCE = "studiebro Kafka client config file";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String file = environment.getProperty(PROPERTY);
        if (file != null && !file.isBlank()) {
            environment.getPropertySources().addFirst(new MapPropertySource(SOURCE, springKafka(read(Path.of(file)))));
        }
    }

    // After the application's own configuration is loaded, where the property may be set.
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }

    static Map<String, Object> springKafka(Properties client) {
        Map<String, Object> properties = new LinkedHashMap<>();
        client.forEach((key, value) -> properties.put(switch (key.toString()) {
            case "bootstrap.servers" -> "spring.kafka.bootstrap-servers";
            case "security.protocol" -> "spring.kafka.security.protocol";
            default -> "spring.kafka.properties." + key;
        }, value));
        return properties;
    }

    private static Properties read(Path file) {
        Properties properties = new Properties();
        try (var reader = Files.newBufferedReader(file)) {
            properties.load(reader);
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the Kafka client settings in " + file + " ("
                    + PROPERTY + ")", e);
        }
    }
}
