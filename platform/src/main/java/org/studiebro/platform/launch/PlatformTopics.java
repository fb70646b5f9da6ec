package org.studiebro.platform.launch;

import java.time.Duration;
import java.util.Map;

import org.apache.kafka.clients.admin.AdminClientConfig;
import org.studiebro.schemas.TopicRetention;
import org.studiebro.serde.TopicProvisioner;

/**
 * Creates the topics every deployment has, and registers their value schemas, before any service starts: the core
 * topics and the dead-letter and replay topics of every service that writes dead letters. Per-party topics come with
 * the parties (the reference-data-service's import). Idempotent, so it runs on every start.
 */
public final class PlatformTopics {

    private PlatformTopics() {
    }

    public static void provision(String bootstrapServers, String schemaRegistryUrl, int partitions) {
        provision(bootstrapServers, schemaRegistryUrl, partitions, TopicRetention.DEAD_LETTERS);
    }

    /** With the dead letters and replays kept as long as the deployment chose. */
    public static void provision(String bootstrapServers, String schemaRegistryUrl, int partitions,
            Duration deadLetterRetention) {
        try (TopicProvisioner provisioner = new TopicProvisioner(
                Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers), schemaRegistryUrl, partitions,
                deadLetterRetention)) {
            provisioner.provisionCore();
            for (PlatformService service : PlatformService.values()) {
                if (service.deadLetters()) {
                    provisioner.provisionDeadLetters(service.module());
                }
            }
        }
    }
}
