package org.studiebro.notification;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.studiebro.serde.AvroDeserializer;
import org.studiebro.testsupport.SharedInfrastructure;

/** What a topic holds under a key, read from the beginning by a consumer of its own, in offset order. */
final class TopicContents {

    private TopicContents() {
    }

    /** The committed values. */
    static <T> List<T> values(SharedInfrastructure infrastructure, String topic, String key, Class<T> type) {
        return values(infrastructure, topic, key::equals, type);
    }

    /** The committed values of the keys that match. */
    static <T> List<T> values(SharedInfrastructure infrastructure, String topic, Predicate<String> keys,
            Class<T> type) {
        try (KafkaConsumer<String, Object> consumer = new KafkaConsumer<>(
                infrastructure.kafkaClientConfig().with(Map.of(
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, AvroDeserializer.class,
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
                "schema.registry.url", infrastructure.schemaRegistryUrl(),
                "specific.avro.reader", true)))) {
            return readToEnd(consumer, topic).stream()
                    .filter(record -> keys.test(record.key())).map(ConsumerRecord::value).map(type::cast).toList();
        }
    }

    /** The records as bytes. */
    static List<ConsumerRecord<String, byte[]>> raw(SharedInfrastructure infrastructure, String topic, String key) {
        return raw(infrastructure, topic, key::equals);
    }

    /** The records of the keys that match, as bytes. */
    static List<ConsumerRecord<String, byte[]>> raw(SharedInfrastructure infrastructure, String topic,
            Predicate<String> keys) {
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(
                infrastructure.kafkaClientConfig().with(Map.of(
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class)))) {
            return readToEnd(consumer, topic).stream().filter(record -> keys.test(record.key())).toList();
        }
    }

    private static <V> List<ConsumerRecord<String, V>> readToEnd(KafkaConsumer<String, V> consumer, String topic) {
        List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                .map(info -> new TopicPartition(topic, info.partition())).toList();
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
        Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
        List<ConsumerRecord<String, V>> records = new ArrayList<>();
        while (partitions.stream().anyMatch(partition -> consumer.position(partition) < ends.get(partition))) {
            consumer.poll(Duration.ofMillis(200)).forEach(records::add);
        }
        return records;
    }
}
