package org.studiebro.plumbing.deadletter;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.Test;
import org.studiebro.plumbing.deadletter.DeadLetteredOrigins.Origin;
import org.studiebro.schemas.Topics;
import org.studiebro.testsupport.SharedInfrastructure;

class DeadLetteredOriginsIT {

    private final SharedInfrastructure infrastructure = SharedInfrastructure.get();
    private final String service = "origins-it-" + UUID.randomUUID().toString().substring(0, 8);
    private final String topic = Topics.deadLetters(service);

    @Test
    void knowsTheOriginsOfSpringKafkasAndKafkaStreamsDeadLettersAndWhatIsAddedAfterwards() throws Exception {
        Map<String, Object> client = infrastructure.kafkaClientConfig().settings();
        try (Admin admin = Admin.create(client)) {
            admin.createTopics(List.of(new NewTopic(topic, 2, (short) 1))).all().get();
        }
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(client, new ByteArraySerializer(),
                new ByteArraySerializer())) {
            producer.send(deadLetter(List.of(
                    text("kafka_dlt-original-topic", "applications.status"),
                    new RecordHeader("kafka_dlt-original-partition", ByteBuffer.allocate(4).putInt(2).array()),
                    new RecordHeader("kafka_dlt-original-offset", ByteBuffer.allocate(8).putLong(41L).array())))).get();
            producer.send(deadLetter(List.of(
                    text("__streams.errors.topic", "catalog.course-events"),
                    text("__streams.errors.partition", "1"),
                    text("__streams.errors.offset", "7")))).get();
            producer.send(deadLetter(List.of(text("something-else", "x")))).get();
        }

        DeadLetteredOrigins origins = new DeadLetteredOrigins(topic, client);

        assertThat(origins.contains(new Origin("applications.status", 2, 41L))).isTrue();
        assertThat(origins.contains(new Origin("catalog.course-events", 1, 7L))).isTrue();
        assertThat(origins.contains(new Origin("applications.status", 2, 42L))).isFalse();
        origins.add(new Origin("applications.status", 2, 42L));
        assertThat(origins.contains(new Origin("applications.status", 2, 42L))).isTrue();
    }

    private ProducerRecord<byte[], byte[]> deadLetter(List<RecordHeader> headers) {
        return new ProducerRecord<>(topic, null, (byte[]) null, "poison".getBytes(StandardCharsets.UTF_8),
                List.<Header>copyOf(headers));
    }

    private static RecordHeader text(String name, String value) {
        return new RecordHeader(name, value.getBytes(StandardCharsets.UTF_8));
    }
}
