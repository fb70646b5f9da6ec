package org.studiebro.referencedata.imports;

import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.avro.Schema;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.stereotype.Component;
import org.studiebro.schemas.Topics;
import org.studiebro.serde.AvroSerdeConfig;
import org.studiebro.serde.TopicProvisioner;

/**
 * Creates, before anything is published, the topics this service writes (reference data and the catalog) and the
 * topics of every party the import registers. A party comes into being with the import, so its topics are created
 * here: they exist before any record naming the party, and the services that read or write them find them at their
 * next metadata refresh.
 */
@Component
class TopicProvisioning {

    static final String SERVICE = "reference-data-service";

    private final KafkaProperties kafka;
    private final TopicsProperties topics;

    TopicProvisioning(KafkaProperties kafka, TopicsProperties topics) {
        this.kafka = kafka;
        this.topics = topics;
    }

    void provision(ReferenceData data) {
        Map<String, Schema> written = new LinkedHashMap<>();
        Topics.coreTopics().forEach((topic, schema) -> {
            if (Topics.isCompacted(topic)) {
                written.put(topic, schema);
            }
        });
        data.seatOwners().forEach(owner -> written.putAll(Topics.seatOwnerTopics(owner)));
        data.municipalityIds().forEach(municipality -> written.putAll(Topics.municipalityTopics(municipality)));
        try (TopicProvisioner provisioner = new TopicProvisioner(String.join(",", kafka.getBootstrapServers()),
                registryUrl(), topics.partitions())) {
            provisioner.provision(written);
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
