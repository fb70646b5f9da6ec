package org.studiebro.plumbing.deadletter;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.junit.jupiter.api.Test;
import org.studiebro.schemas.Topics;
import org.studiebro.serde.TopicProvisioner;
import org.studiebro.testsupport.SharedInfrastructure;

class DeadLetterPublisherIT {

    private final SharedInfrastructure infrastructure = SharedInfrastructure.get();
    private final String service = "publisher-it-" + UUID.randomUUID().toString().substring(0, 8);
    private final String topic = Topics.deadLetters(service);

    @Test
    void writesEachRecordOnceWithSpringKafkasHeadersAlsoAfterARestart() throws Exception {
        try (TopicProvisioner provisioner = new TopicProvisioner(infrastructure.kafkaClientConfig().settings(),
                infrastructure.schemaRegistryUrl(), 2)) {
            provisioner.provisionDeadLetters(service);
        }
        Map<String, Object> client = infrastructure.kafkaClientConfig().with(Map.of(
                "schema.registry.url", infrastructure.schemaRegistryUrl()));
        ConsumerRecord<String, byte[]> poison = new ConsumerRecord<>("applications.status", 2, 41L, "poison",
                "not avro".getBytes(StandardCharsets.UTF_8));

        try (DeadLetterPublisher publisher = DeadLetterPublisher.once(topic, client, client, null)) {
            publisher.accept(poison, new IllegalArgumentException("cannot use it"));
            publisher.accept(poison, new IllegalArgumentException("cannot use it"));
        }
        try (DeadLetterPublisher restarted = DeadLetterPublisher.once(topic, client, client, null)) {
            restarted.accept(poison, new IllegalArgumentException("cannot use it"));
        }

        List<ConsumerRecord<byte[], byte[]>> deadLetters = readAll();
        assertThat(deadLetters).hasSize(1);
        ConsumerRecord<byte[], byte[]> deadLetter = deadLetters.getFirst();
        assertThat(deadLetter.value()).isEqualTo(poison.value());
        assertThat(text(deadLetter, DeadLetterHeaderNames.TOPIC)).isEqualTo("applications.status");
        assertThat(ByteBuffer.wrap(deadLetter.headers().lastHeader(DeadLetterHeaderNames.PARTITION).value()).getInt())
                .isEqualTo(2);
        assertThat(ByteBuffer.wrap(deadLetter.headers().lastHeader(DeadLetterHeaderNames.OFFSET).value()).getLong())
                .isEqualTo(41L);
        assertThat(text(deadLetter, DeadLetterHeaderNames.MESSAGE)).isEqualTo("cannot use it");
    }

    private List<ConsumerRecord<byte[], byte[]>> readAll() {
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(infrastructure.kafkaClientConfig().settings(),
                new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(info -> new TopicPartition(topic, info.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            List<ConsumerRecord<byte[], byte[]>> records = new ArrayList<>();
            while (partitions.stream().anyMatch(partition -> consumer.position(partition) < ends.get(partition))) {
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            }
            return records;
        }
    }

    private static String text(ConsumerRecord<byte[], byte[]> record, String header) {
        return new String(record.headers().lastHeader(header).value(), StandardCharsets.UTF_8);
    }
}
