package org.studiebro.benchmark.load;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.studiebro.infrastructure.KafkaClientConfig;
import org.studiebro.schemas.Topics;

/**
 * The municipality ids Studiebro knows: the keys of the compacted reference.municipalities, read from the beginning
 * to the end offsets. Only the keys are needed, and a tombstone removes one.
 */
final class ReferenceMunicipalities {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private ReferenceMunicipalities() {
    }

    static List<String> ids(KafkaClientConfig kafka) {
        Map<String, Object> config = kafka.with(Map.of(
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false",
                ConsumerConfig.CLIENT_ID_CONFIG, "studiebro-load-municipalities"));
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(config, new StringDeserializer(),
                new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = new ArrayList<>();
            consumer.partitionsFor(Topics.REFERENCE_MUNICIPALITIES, PATIENCE)
                    .forEach(info -> partitions.add(new TopicPartition(info.topic(), info.partition())));
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions, PATIENCE);
            Map<String, Boolean> present = new HashMap<>();
            long deadline = System.nanoTime() + PATIENCE.toNanos();
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("Could not read " + Topics.REFERENCE_MUNICIPALITIES + " within "
                            + PATIENCE.toSeconds() + " s");
                }
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    present.put(record.key(), record.value() != null);
                }
            }
            TreeSet<String> ids = new TreeSet<>();
            present.forEach((id, live) -> {
                if (live) {
                    ids.add(id);
                }
            });
            return List.copyOf(ids);
        }
    }
}
