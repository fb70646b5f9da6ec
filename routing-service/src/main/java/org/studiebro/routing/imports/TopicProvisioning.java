package org.studiebro.routing.imports;

import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.avro.Schema;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.stereotype.Component;
import org.studiebro.schemas.TopicProvisioner;
import org.studiebro.schemas.Topics;
import org.studiebro.schemas.serde.AvroSerdeConfig;

/** Creates every topic and subject the platform needs for the imported parties, before anything is published. */
@Component
class TopicProvisioning {

    static final String SERVICE = "routing-service";

    private final KafkaProperties kafka;
    private final TopicsProperties topics;

    TopicProvisioning(KafkaProperties kafka, TopicsProperties topics) {
        this.kafka = kafka;
        this.topics = topics;
    }

    void provision(ReferenceData data) {
        Map<String, Schema> partyTopics = new LinkedHashMap<>();
        data.seatOwners().forEach(owner -> partyTopics.putAll(Topics.seatOwnerTopics(owner)));
        data.municipalityIds().forEach(municipality -> partyTopics.putAll(Topics.municipalityTopics(municipality)));
        try (TopicProvisioner provisioner = new TopicProvisioner(String.join(",", kafka.getBootstrapServers()),
                registryUrl(), topics.partitions())) {
            provisioner.provisionCore();
            provisioner.provision(partyTopics);
            provisioner.provisionDeadLetters(SERVICE);
        }
    }

    private String registryUrl() {
        String url = kafka.getProperties().get(AvroSerdeConfig.SCHEMA_REGISTRY_URL);
        if (url == null) {
            throw new IllegalStateException("spring.kafka.properties.schema.registry.url is not set");
        }
        return url;
    }
}
