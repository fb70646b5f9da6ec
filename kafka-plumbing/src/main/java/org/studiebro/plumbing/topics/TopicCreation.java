package org.studiebro.plumbing.topics;

import java.util.Map;

import org.apache.avro.Schema;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.studiebro.serde.AvroSerdeConfig;
import org.studiebro.serde.TopicProvisioner;

/**
 * Creates the topics a service writes, when missing, with their partitions and retention, and registers their value
 * subjects (looking up those provisioning registered already): through the service's own spring.kafka.* admin
 * and registry settings, so that a secured cluster needs no setting of its own here.
 */
public final class TopicCreation {

    private final KafkaProperties kafka;
    private final TopicsProperties topics;

    TopicCreation(KafkaProperties kafka, TopicsProperties topics) {
        this.kafka = kafka;
        this.topics = topics;
    }

    public void create(Map<String, Schema> topicsWithValueSchemas) {
        try (TopicProvisioner provisioner = provisioner()) {
            provisioner.provision(topicsWithValueSchemas);
        }
    }

    /** The service's dead-letter and replay topics. */
    public void createDeadLetterTopics(String service) {
        try (TopicProvisioner provisioner = provisioner()) {
            provisioner.provisionDeadLetters(service);
        }
    }

    private TopicProvisioner provisioner() {
        if (kafka.getProperties().get(AvroSerdeConfig.SCHEMA_REGISTRY_URL) == null) {
            throw new IllegalStateException("spring.kafka.properties.schema.registry.url is not set");
        }
        // The registry login too (basic.auth.*), as the service's serializers have it.
        return new TopicProvisioner(kafka.buildAdminProperties(), kafka.getProperties(), topics.partitions(),
                topics.deadLetterRetention());
    }
}
