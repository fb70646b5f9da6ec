package org.studiebro.reference.web;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.studiebro.reference.streams.JsonSerde;
import org.studiebro.plumbing.problem.Problems;

/**
 * Hands an officer's decision to the party's own topology through an internal topic of the party's Kafka Streams
 * application ({@code <application-id>-manual-decisions}, JSON, keyed by application id). The HTTP request never
 * writes a decision topic or a state store itself: the topology reads the command and, in one exactly-once
 * transaction, checks it against its state store, changes the store and writes the decision. A command that no
 * longer fits the state (the request was withdrawn or decided meanwhile, the last seat went) changes nothing, so a
 * command written twice, or raced by another, still gives at most one decision.
 */
public final class DecisionCommands<T> implements AutoCloseable {

    private static final Duration SEND_TIMEOUT = Duration.ofSeconds(10);

    private final DefaultKafkaProducerFactory<String, T> producers;
    private final KafkaTemplate<String, T> template;
    private final String topic;

    public DecisionCommands(KafkaProperties kafka, String applicationId, Class<T> type) {
        Map<String, Object> config = kafka.buildProducerProperties();
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        // An officer waits on the answer: a broker that is away is a 503 after SEND_TIMEOUT, not a minute later.
        config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, SEND_TIMEOUT.toMillis());
        this.producers = new DefaultKafkaProducerFactory<>(config, new StringSerializer(),
                new JsonSerde<>(type).serializer());
        this.template = new KafkaTemplate<>(producers);
        this.topic = topic(applicationId);
    }

    /** The command topic belongs to the application, like its repartition and changelog topics. */
    public static String topic(String applicationId) {
        return applicationId + "-manual-decisions";
    }

    /** Created at start by Spring's KafkaAdmin; one partition keeps an officer's decisions in the order given. */
    public static NewTopic newTopic(String applicationId) {
        return TopicBuilder.name(topic(applicationId)).partitions(1).build();
    }

    /**
     * Returns once the broker has the command; a broker that does not answer in time is a 503 to retry. A command
     * that arrives after all and its retry give one decision: the second finds nothing pending.
     */
    public void publish(String applicationId, T command) {
        try {
            template.send(topic, applicationId, command).get(SEND_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw Problems.unavailable("The decision was not handed on; send it again.", e);
        } catch (ExecutionException | TimeoutException | KafkaException
                 | org.springframework.kafka.KafkaException e) {
            throw Problems.unavailable("The decision was not handed on; send it again.", e);
        }
    }

    @Override
    public void close() {
        producers.destroy();
    }
}
