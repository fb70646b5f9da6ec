package org.studiebro.routing.topics;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.avro.Schema;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;
import org.studiebro.plumbing.topics.TopicCreation;
import org.studiebro.schemas.Topics;

/**
 * Creates the fixed topics the routing-service writes, and its dead-letter and replay topics, when missing, once
 * every bean exists and before Kafka Streams starts. The per-party request topics are not among them: a party's
 * topics come with the party, from the reference-data-service's import.
 */
@Component
class RoutingTopics implements SmartInitializingSingleton {

    static final String SERVICE = "routing-service";

    private static final List<String> WRITTEN = List.of(Topics.APPLICATIONS_STATUS, Topics.ROUTING_SEAT_REQUESTS,
            Topics.ROUTING_COST_REQUESTS, Topics.ROUTING_SEAT_DECISIONS, Topics.ROUTING_COST_DECISIONS);

    private final TopicCreation topicCreation;

    RoutingTopics(TopicCreation topicCreation) {
        this.topicCreation = topicCreation;
    }

    @Override
    public void afterSingletonsInstantiated() {
        Map<String, Schema> written = new LinkedHashMap<>();
        WRITTEN.forEach(topic -> written.put(topic, Topics.coreTopics().get(topic)));
        topicCreation.create(written);
        topicCreation.createDeadLetterTopics(SERVICE);
    }
}
