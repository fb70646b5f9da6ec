package org.studiebro.endtoend;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.studiebro.events.MunicipalityNotice;
import org.studiebro.infrastructure.test.SharedInfrastructure;
import org.studiebro.schemas.Topics;
import org.studiebro.schemas.serde.AvroDeserializer;

/** Reads a municipality's notice topic the way the municipality would: from the start, decoded through the registry. */
final class MunicipalityNotices {

    private MunicipalityNotices() {
    }

    /** Waits for a notice about the application that matches {@code wanted}. */
    static MunicipalityNotice awaitNotice(String municipality, String applicationId,
                                          Predicate<MunicipalityNotice> wanted, SharedInfrastructure infrastructure) {
        String topic = Topics.municipalityNotices(municipality);
        Map<String, Object> config = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, infrastructure.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "end-to-end-" + UUID.randomUUID(),
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
                "schema.registry.url", infrastructure.schemaRegistryUrl(),
                "specific.avro.reader", true);
        AvroDeserializer values = new AvroDeserializer();
        values.configure(config, false);
        try (KafkaConsumer<String, Object> consumer = new KafkaConsumer<>(config, new StringDeserializer(), values)) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(info -> new TopicPartition(topic, info.partition()))
                    .toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            return await("a notice about " + applicationId + " on " + topic).atMost(Duration.ofSeconds(60))
                    .pollInSameThread()
                    .until(() -> {
                        for (ConsumerRecord<String, Object> record : consumer.poll(Duration.ofMillis(500))) {
                            if (record.value() instanceof MunicipalityNotice notice
                                    && notice.getApplicationId().equals(applicationId) && wanted.test(notice)) {
                                return notice;
                            }
                        }
                        return null;
                    }, found -> found != null);
        }
    }
}
