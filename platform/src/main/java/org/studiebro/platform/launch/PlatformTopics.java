package org.studiebro.platform.launch;

import org.studiebro.schemas.TopicProvisioner;

/**
 * Creates the topics every deployment has, and registers their value schemas, before any service starts: the core
 * topics and one dead-letter topic per service. Per-party topics come with the parties (the routing-service's
 * reference-data import). Idempotent, so it runs on every start.
 */
public final class PlatformTopics {

    private PlatformTopics() {
    }

    public static void provision(String bootstrapServers, String schemaRegistryUrl, int partitions) {
        try (TopicProvisioner provisioner = new TopicProvisioner(bootstrapServers, schemaRegistryUrl, partitions)) {
            provisioner.provisionCore();
            for (PlatformService service : PlatformService.values()) {
                provisioner.provisionDeadLetters(service.module());
            }
        }
    }
}
