package org.studiebro.platform.launch;

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
        try (TopicProvisioner provisioner = new TopicProvisioner(bootstrapServers, schemaRegistryUrl, partitions)) {
            provisioner.provisionCore();
            for (PlatformService service : PlatformService.values()) {
                if (service.deadLetters()) {
                    provisioner.provisionDeadLetters(service.module());
                }
            }
        }
    }
}
