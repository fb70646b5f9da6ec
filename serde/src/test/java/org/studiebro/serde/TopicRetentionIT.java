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
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
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
 * Dead letters hold personal data nobody processed: the broker deletes them after the chosen retention (90 days by
 * default), while a month-old letter is still there for the operator to replay.
 */
class TopicRetentionIT {

    private final SharedInfrastructure infrastructure = SharedInfrastructure.get();
    private final String service = "retention-it-" + UUID.randomUUID().toString().substring(0, 8);
    private final String deadLetters = Topics.deadLetters(service);

    @Test
    void aDeadLetterOlderThanNinetyDaysIsDeletedAMonthOldOneKept() throws Exception {
        try (TopicProvisioner provisioner = new TopicProvisioner(infrastructure.kafkaClientConfig().settings(),
                infrastructure.schemaRegistryUrl(), 1)) {
            provisioner.provisionDeadLetters(service);
        }
        try (Admin admin = admin()) {
            // Segments roll at once, so the old letters' segments are closed and retention may delete them.
            admin.incrementalAlterConfigs(Map.of(topic(deadLetters), List.of(new AlterConfigOp(
                    new ConfigEntry(TopicConfig.SEGMENT_MS_CONFIG, "100"), AlterConfigOp.OpType.SET)))).all().get();
            try (KafkaProducer<String, String> producer = new KafkaProducer<>(
                    infrastructure.kafkaClientConfig().settings(),
                    new StringSerializer(), new StringSerializer())) {
                producer.send(letter(Duration.ofDays(100), "a hundred days ago")).get();
                producer.send(letter(Duration.ofDays(30), "a month ago")).get();
                producer.send(letter(Duration.ZERO, "now")).get();
            }

            Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> earliestOffset(admin) > 0);
        }
        assertThat(readAll()).containsExactly("a month ago", "now");
    }

    @Test
    void provisioningAgainGivesExistingDeadLetterTopicsTheChosenRetention() throws Exception {
        try (TopicProvisioner provisioner = new TopicProvisioner(infrastructure.kafkaClientConfig().settings(),
                infrastructure.schemaRegistryUrl(), 1)) {
            provisioner.provisionDeadLetters(service);
        }
        try (TopicProvisioner provisioner = new TopicProvisioner(infrastructure.kafkaClientConfig().settings(),
                infrastructure.schemaRegistryUrl(), 1, Duration.ofDays(14))) {
            provisioner.provisionDeadLetters(service);
        }
        try (Admin admin = admin()) {
            for (String topic : List.of(deadLetters, Topics.replays(service))) {
                String retention = admin.describeConfigs(List.of(topic(topic))).all().get().get(topic(topic))
                        .get(TopicConfig.RETENTION_MS_CONFIG).value();
                assertThat(retention).as(topic).isEqualTo(String.valueOf(Duration.ofDays(14).toMillis()));
            }
        }
    }

    private ProducerRecord<String, String> letter(Duration age, String value) {
        return new ProducerRecord<>(deadLetters, 0, Instant.now().minus(age).toEpochMilli(), value, value);
    }

    private Admin admin() {
        return Admin.create(infrastructure.kafkaClientConfig().settings());
    }

    private static ConfigResource topic(String name) {
        return new ConfigResource(ConfigResource.Type.TOPIC, name);
    }

    private long earliestOffset(Admin admin) throws Exception {
        TopicPartition partition = new TopicPartition(deadLetters, 0);
        return admin.listOffsets(Map.of(partition, OffsetSpec.earliest())).all().get().get(partition).offset();
    }

    private List<String> readAll() {
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(infrastructure.kafkaClientConfig().settings(),
                new StringDeserializer(), new StringDeserializer())) {
            TopicPartition partition = new TopicPartition(deadLetters, 0);
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
