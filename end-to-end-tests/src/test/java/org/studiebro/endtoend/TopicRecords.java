package org.studiebro.endtoend;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.studiebro.serde.AvroDeserializer;
import org.studiebro.testsupport.SharedInfrastructure;

/**
 * Reads a topic the way the party it belongs to would: from the start, committed records only, decoded through the
 * registry into the generated classes. Records are keyed by application id, so one application's are picked by key.
 * Records that cannot be decoded (the poison PoisonSweepIT writes) are passed over.
 */
final class TopicRecords {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    private static final Duration POLL = Duration.ofMillis(500);

    private final SharedInfrastructure infrastructure;
    private final AvroDeserializer values = new AvroDeserializer();

    TopicRecords(SharedInfrastructure infrastructure) {
        this.infrastructure = infrastructure;
        values.configure(Map.of("schema.registry.url", infrastructure.schemaRegistryUrl(), "specific.avro.reader", true),
                false);
    }

    /** Waits for a record of {@code type} about the application on {@code topic} that matches {@code wanted}. */
    <T> T awaitRecord(String topic, String applicationId, Class<T> type, Predicate<T> wanted) {
        try (KafkaConsumer<String, byte[]> consumer = fromTheStart(topic)) {
            return await("a " + type.getSimpleName() + " about " + applicationId + " on " + topic).atMost(TIMEOUT)
                    .pollInSameThread()
                    .until(() -> {
                        for (ConsumerRecord<String, byte[]> record : consumer.poll(POLL)) {
                            Object value = applicationId.equals(record.key()) ? value(record) : null;
                            if (type.isInstance(value) && wanted.test(type.cast(value))) {
                                return type.cast(value);
                            }
                        }
                        return null;
                    }, found -> found != null);
        }
    }

    /** Every record about the application on {@code topic}, up to the topic's end as it is now. */
    List<Object> recordsAbout(String topic, String applicationId) {
        List<Object> found = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = fromTheStart(topic)) {
            // Under read_committed the end offsets are the last stable ones: nothing beyond can be read yet.
            Map<TopicPartition, Long> ends = consumer.endOffsets(consumer.assignment());
            await("the end of " + topic).atMost(TIMEOUT).pollInSameThread()
                    .until(() -> {
                        for (ConsumerRecord<String, byte[]> record : consumer.poll(POLL)) {
                            if (applicationId.equals(record.key())) {
                                found.add(value(record));
                            }
                        }
                        return ends.entrySet().stream()
                                .allMatch(end -> consumer.position(end.getKey()) >= end.getValue());
                    });
        }
        return found;
    }

    /** The decoded value, or null for a tombstone or a record that cannot be decoded. */
    private Object value(ConsumerRecord<String, byte[]> record) {
        try {
            return values.deserialize(record.topic(), record.value());
        } catch (SerializationException poison) {
            return null;
        }
    }

    private KafkaConsumer<String, byte[]> fromTheStart(String topic) {
        Map<String, Object> config = infrastructure.kafkaClientConfig().with(Map.of(
                ConsumerConfig.GROUP_ID_CONFIG, "end-to-end-" + UUID.randomUUID(),
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed"));
        KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(config, new StringDeserializer(),
                new ByteArrayDeserializer());
        List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                .map(info -> new TopicPartition(topic, info.partition()))
                .toList();
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
        return consumer;
    }
}
