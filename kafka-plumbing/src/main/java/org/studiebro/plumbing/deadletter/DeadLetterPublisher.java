package org.studiebro.plumbing.deadletter;

import java.util.HashMap;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringSerializer;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.ConsumerRecordRecoverer;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.support.KafkaUtils;
import org.springframework.kafka.support.ProducerListener;
import org.studiebro.plumbing.deadletter.DeadLetteredOrigins.Origin;
import org.studiebro.serde.DeadLetterSerializer;

/**
 * Writes a service's dead letters to dead-letters.&lt;service&gt; with Spring Kafka's DeadLetterPublishingRecoverer:
 * the record's key and value (its original bytes, or the value in its topic's wire format) and the
 * {@link DeadLetterHeaderNames kafka_dlt-*} headers with the reason ({@link DeadLetterReasons}) and the origin. The
 * recoverer for a listener container's DefaultErrorHandler or after-rollback processor, and for what reads its topic
 * itself (a global store).
 *
 * <p>Its producer is its own and never transactional: a dead letter is acknowledged before the reader goes past its
 * record and is not rolled back with the reader's transaction. At worst a record is dead-lettered twice, never lost.
 * Readers meet the same record again after a start (a view rebuilt from its topic, a global store, a listener whose
 * offset was not committed), so a record the topic already holds a dead letter of is skipped
 * ({@link DeadLetteredOrigins}).
 */
public final class DeadLetterPublisher implements ConsumerRecordRecoverer, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(DeadLetterPublisher.class);

    private final String topic;
    private final DefaultKafkaProducerFactory<Object, Object> producers;
    private final DeadLetterPublishingRecoverer recoverer;
    private final DeadLetteredOrigins written;

    private DeadLetterPublisher(String topic, Map<String, Object> producerConfig,
            @Nullable ProducerListener<Object, Object> listener, DeadLetteredOrigins written) {
        this.topic = topic;
        this.producers = new DefaultKafkaProducerFactory<>(nonTransactional(producerConfig));
        KafkaTemplate<Object, Object> template = new KafkaTemplate<>(producers);
        if (listener != null) {
            template.setProducerListener(listener);
        }
        this.recoverer = new DeadLetterPublishingRecoverer(template, (record, reason) -> new TopicPartition(topic, -1));
        this.recoverer.setHeadersFunction(DeadLetterReasons::of);
        this.written = written;
    }

    /**
     * Writes a record only if the dead-letter topic holds no dead letter of it yet.
     *
     * @param consumerConfig connection settings for the consumer that reads the dead-letter topic once
     */
    public static DeadLetterPublisher once(String topic, Map<String, Object> producerConfig,
            Map<String, ?> consumerConfig, @Nullable ProducerListener<Object, Object> listener) {
        return new DeadLetterPublisher(topic, producerConfig, listener, new DeadLetteredOrigins(topic, consumerConfig));
    }

    private static Map<String, Object> nonTransactional(Map<String, Object> producerConfig) {
        Map<String, Object> config = new HashMap<>(producerConfig);
        config.remove(ProducerConfig.TRANSACTIONAL_ID_CONFIG);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, DeadLetterSerializer.class);
        return config;
    }

    public String topic() {
        return topic;
    }

    /** Writes the record's dead letter and waits for the broker to take it. */
    @Override
    public void accept(ConsumerRecord<?, ?> record, @Nullable Exception reason) {
        Origin origin = Origin.of(record);
        // Readers of one topic meet its poison on threads of their own: one of them writes its dead letter.
        synchronized (written) {
            if (written.contains(origin)) {
                LOG.debug("Record {} was dead-lettered before", KafkaUtils.format(record));
                return;
            }
            publish(record, reason);
            written.add(origin);
        }
    }

    private void publish(ConsumerRecord<?, ?> record, @Nullable Exception reason) {
        LOG.warn("Record {} sent to {}: {}", KafkaUtils.format(record), topic,
                reason == null ? "no reason given" : DeadLetterReasons.describe(reason));
        recoverer.accept(record, reason);
    }

    @Override
    public void close() {
        producers.destroy();
    }
}
