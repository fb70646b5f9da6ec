package org.studiebro.serde;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.studiebro.schemas.Topics;
import org.studiebro.testsupport.SharedInfrastructure;

/**
 * A kept topic still holds a month-old record after its segment has rolled and the broker has enforced retention,
 * while a topic left at the broker's default week has lost it: what a view is rebuilt from is still there.
 */
class TopicRetentionIT {

    private final SharedInfrastructure infrastructure = SharedInfrastructure.get();
    private final String service = "retention-it-" + UUID.randomUUID().toString().substring(0, 8);
    private final String kept = Topics.deadLetters(service);
    private final String brokerDefault = "retention-it-default-" + UUID.randomUUID().toString().substring(0, 8);

    @Test
    void aKeptTopicOutlivesTheBrokersDefaultWeek() throws Exception {
        try (TopicProvisioner provisioner = new TopicProvisioner(infrastructure.bootstrapServers(),
                infrastructure.schemaRegistryUrl(), 1)) {
            provisioner.provisionDeadLetters(service);
        }
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                infrastructure.bootstrapServers()))) {
            admin.createTopics(List.of(new NewTopic(brokerDefault, 1, (short) 1).configs(Map.of(
                    TopicConfig.RETENTION_MS_CONFIG, String.valueOf(Duration.ofDays(7).toMillis()))))).all().get();
            // Segments roll at once, so the month-old record's segment is closed and retention may delete it.
            for (String topic : List.of(kept, brokerDefault)) {
                ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, topic);
                admin.incrementalAlterConfigs(Map.of(resource, List.of(new AlterConfigOp(
                        new ConfigEntry(TopicConfig.SEGMENT_MS_CONFIG, "100"), AlterConfigOp.OpType.SET))))
                        .all().get();
            }
            long monthAgo = Instant.now().minus(Duration.ofDays(30)).toEpochMilli();
            try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                    ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, infrastructure.bootstrapServers()),
                    new StringSerializer(), new StringSerializer())) {
                for (String topic : List.of(kept, brokerDefault)) {
                    producer.send(new ProducerRecord<>(topic, 0, monthAgo, "old", "a month ago")).get();
                    producer.send(new ProducerRecord<>(topic, 0, System.currentTimeMillis(), "new", "now")).get();
                }
            }

            Awaitility.await().atMost(Duration.ofSeconds(60))
                    .until(() -> earliestOffset(admin, brokerDefault) > 0);

            assertThat(earliestOffset(admin, kept)).isZero();
        }
        assertThat(readAll(kept)).containsExactly("a month ago", "now");
    }

    private static long earliestOffset(Admin admin, String topic) throws Exception {
        TopicPartition partition = new TopicPartition(topic, 0);
        return admin.listOffsets(Map.of(partition, OffsetSpec.earliest())).all().get().get(partition).offset();
    }

    private List<String> readAll(String topic) {
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, infrastructure.bootstrapServers()),
                new StringDeserializer(), new StringDeserializer())) {
            TopicPartition partition = new TopicPartition(topic, 0);
            consumer.assign(Set.of(partition));
            consumer.seekToBeginning(Set.of(partition));
            List<String> values = new ArrayList<>();
            long deadline = System.currentTimeMillis() + 10_000;
            while (values.size() < 2 && System.currentTimeMillis() < deadline) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    values.add(record.value());
                }
            }
            return values;
        }
    }
}
