package org.studiebro.platform.deadletters;

import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;

import org.studiebro.infrastructure.KafkaClientConfig;

/** How long each dead-letter topic keeps its letters, as the broker has it configured. */
final class DeadLetterRetention {

    private static final long TIMEOUT_SECONDS = 30;

    private DeadLetterRetention() {
    }

    /** Per topic, its retention; empty for a topic that keeps its records for good. */
    static Map<String, Optional<Duration>> of(KafkaClientConfig kafka, Collection<String> topics) {
        Map<String, Optional<Duration>> retention = new HashMap<>();
        try (Admin admin = Admin.create(kafka.with(Map.of(
                AdminClientConfig.CLIENT_ID_CONFIG, DeadLetterTopics.CLIENT_ID)))) {
            Map<ConfigResource, Config> configs = admin.describeConfigs(topics.stream()
                            .map(topic -> new ConfigResource(ConfigResource.Type.TOPIC, topic)).toList())
                    .all().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            configs.forEach((resource, config) -> retention.put(resource.name(),
                    retention(config.get(TopicConfig.RETENTION_MS_CONFIG).value())));
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("cannot read the retention of " + topics + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading the retention of " + topics, e);
        }
        return retention;
    }

    private static Optional<Duration> retention(String millis) {
        long value = Long.parseLong(millis);
        return value < 0 ? Optional.empty() : Optional.of(Duration.ofMillis(value));
    }
}
