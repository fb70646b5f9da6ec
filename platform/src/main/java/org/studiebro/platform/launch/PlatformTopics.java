package org.studiebro.platform.launch;

import java.time.Duration;
import java.util.Map;

import org.studiebro.infrastructure.KafkaClientConfig;
import org.studiebro.platform.access.CredentialFiles;
import org.studiebro.platform.access.PlatformAccess;
import org.studiebro.schemas.TopicRetention;
import org.studiebro.serde.TopicProvisioner;

/**
 * Prepares a broker for the services: their users and ACLs and the operators' (see {@link PlatformAccess}), then
 * creates the topics every deployment has, and registers their value schemas, before any service starts: the core
 * topics and the dead-letter and replay topics of every service that writes dead letters. Per-party topics come with
 * the parties (the reference-data-service's import). Idempotent, so it runs on every start.
 */
public final class PlatformTopics {

    private PlatformTopics() {
    }

    /** Users and ACLs, with the services' logins kept in {@code credentials}, and core topics. */
    public static void prepare(KafkaClientConfig superUser, CredentialFiles credentials, String schemaRegistryUrl,
            int partitions) {
        PlatformAccess.provisionServices(superUser, credentials);
        provision(superUser, schemaRegistryUrl, partitions);
    }

    public static void provision(KafkaClientConfig kafka, String schemaRegistryUrl, int partitions) {
        provision(kafka, schemaRegistryUrl, partitions, TopicRetention.DEAD_LETTERS);
    }

    /** With the dead letters and replays kept as long as the deployment chose. */
    public static void provision(KafkaClientConfig kafka, String schemaRegistryUrl, int partitions,
            Duration deadLetterRetention) {
        try (TopicProvisioner provisioner = new TopicProvisioner(kafka.settings(), schemaRegistryUrl, partitions,
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
