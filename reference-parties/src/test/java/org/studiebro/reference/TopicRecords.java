package org.studiebro.reference;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.awaitility.Awaitility;
import org.studiebro.infrastructure.KafkaClientConfig;

/** Reads committed records of some topics from the beginning and waits for one that a test expects. */
final class TopicRecords<V> implements AutoCloseable {

    private static final Duration TIMEOUT = Duration.ofSeconds(90);

    private final KafkaConsumer<String, V> consumer;
    private final List<ConsumerRecord<String, V>> seen = new ArrayList<>();

    TopicRecords(KafkaClientConfig kafka, Deserializer<V> values, String... topics) {
        consumer = new KafkaConsumer<>(kafka.with(Map.of(
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false)),
                new StringDeserializer(), values);
        List<TopicPartition> partitions = new ArrayList<>();
        for (String topic : topics) {
            consumer.partitionsFor(topic).forEach(info -> partitions.add(new TopicPartition(topic, info.partition())));
        }
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
    }

    ConsumerRecord<String, V> await(String description, Predicate<ConsumerRecord<String, V>> wanted) {
        return Awaitility.await().alias(description).atMost(TIMEOUT).until(() -> {
            consumer.poll(Duration.ofMillis(200)).forEach(seen::add);
            return seen.stream().filter(wanted).findFirst();
        }, Optional::isPresent).orElseThrow();
    }

    @Override
    public void close() {
        consumer.close();
    }
}
