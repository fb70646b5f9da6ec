package org.studiebro.referencedata.imports;

import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.avro.Schema;
import org.springframework.stereotype.Component;
import org.studiebro.plumbing.topics.TopicCreation;
import org.studiebro.schemas.Topics;

/**
 * Creates, before anything is published, the topics this service writes (reference data and the catalog) and the
 * topics of every party the import registers. A party comes into being with the import, so its topics are created
 * here: they exist before any record naming the party, and the services that read or write them find them at their
 * next metadata refresh.
 */
@Component
class TopicProvisioning {

    static final String SERVICE = "reference-data-service";

    private final TopicCreation topicCreation;

    TopicProvisioning(TopicCreation topicCreation) {
        this.topicCreation = topicCreation;
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
        topicCreation.create(written);
    }
}
