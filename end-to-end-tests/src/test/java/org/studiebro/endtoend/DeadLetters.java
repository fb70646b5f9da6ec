package org.studiebro.endtoend;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.studiebro.schemas.Topics;
import org.studiebro.testsupport.SharedInfrastructure;

/**
 * A service's dead letters as the operators' tooling reads them (the platform's DeadLetterHeaders): the origin and
 * reason from Spring Kafka's {@code kafka_dlt-*} headers (binary partition and offset) or from the routing-service's
 * Kafka Streams {@code __streams.errors.*} headers (text).
 */
final class DeadLetters {

    private static final Duration POLL = Duration.ofMillis(300);

    private final SharedInfrastructure infrastructure;

    DeadLetters(SharedInfrastructure infrastructure) {
        this.infrastructure = infrastructure;
    }

    /**
     * @param value the original bytes, or, for a readable record of a type its topic's subject does not know, that
     *              record as Avro's JSON text ({@code studiebro-dead-letter-format: avro-json}, see the schemas'
     *              DeadLetterSerializer)
     */
    record DeadLetter(String topic, Integer partition, Long offset, String reason, byte[] value, boolean avroJson) {
    }

    /** Every committed dead letter of the service, up to the end of its topic as it is now. */
    List<DeadLetter> of(String service) {
        String topic = Topics.deadLetters(service);
        Map<String, Object> config = infrastructure.kafkaClientConfig().with(Map.of(
                ConsumerConfig.GROUP_ID_CONFIG, "end-to-end-dead-letters-" + UUID.randomUUID(),
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed"));
        List<DeadLetter> found = new ArrayList<>();
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(config, new ByteArrayDeserializer(),
                new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(info -> new TopicPartition(topic, info.partition()))
                    .toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            // Under read_committed these are the last stable offsets: nothing beyond can be read yet.
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            while (partitions.stream().anyMatch(partition -> consumer.position(partition) < ends.get(partition))) {
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(POLL)) {
                    found.add(deadLetter(record));
                }
            }
        }
        return found;
    }

    private static DeadLetter deadLetter(ConsumerRecord<byte[], byte[]> record) {
        Headers headers = record.headers();
        String springTopic = text(headers, "kafka_dlt-original-topic");
        if (springTopic != null) {
            Long partition = number(headers, "kafka_dlt-original-partition", Integer.BYTES);
            return new DeadLetter(springTopic, partition == null ? null : partition.intValue(),
                    number(headers, "kafka_dlt-original-offset", Long.BYTES),
                    text(headers, "kafka_dlt-exception-message"), record.value(),
                    "avro-json".equals(text(headers, "studiebro-dead-letter-format")));
        }
        String partition = text(headers, "__streams.errors.partition");
        String offset = text(headers, "__streams.errors.offset");
        return new DeadLetter(text(headers, "__streams.errors.topic"),
                partition == null ? null : Integer.valueOf(partition), offset == null ? null : Long.valueOf(offset),
                text(headers, "__streams.errors.message"), record.value(), false);
    }

    private static String text(Headers headers, String name) {
        Header header = headers.lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static Long number(Headers headers, String name, int length) {
        Header header = headers.lastHeader(name);
        if (header == null || header.value() == null || header.value().length != length) {
            return null;
        }
        ByteBuffer bytes = ByteBuffer.wrap(header.value());
        return length == Integer.BYTES ? (long) bytes.getInt() : bytes.getLong();
    }
}
