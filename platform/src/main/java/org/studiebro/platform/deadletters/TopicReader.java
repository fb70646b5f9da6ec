package org.studiebro.platform.deadletters;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * Reads whole topics as bytes, from their beginning to their current end, without a consumer group: nothing is
 * committed and no service's consumers are disturbed. Committed records only, as the services read them, so the
 * dead letters of an aborted transaction (a routing task that was fenced) never show.
 */
final class TopicReader implements AutoCloseable {

    private static final Duration POLL = Duration.ofMillis(200);
    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final Duration LISTING_TIMEOUT = Duration.ofSeconds(10);
    private static final Comparator<ConsumerRecord<?, ?>> IN_TOPIC_ORDER = Comparator
            .comparingInt((ConsumerRecord<?, ?> record) -> record.partition()).thenComparingLong(ConsumerRecord::offset);

    private final String bootstrapServers;
    private final KafkaConsumer<byte[], byte[]> consumer;

    TopicReader(String bootstrapServers) {
        this.bootstrapServers = bootstrapServers;
        this.consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.CLIENT_ID_CONFIG, "studiebro-dead-letters",
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false,
                ConsumerConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) PATIENCE.toMillis()),
                new ByteArrayDeserializer(), new ByteArrayDeserializer());
    }

    Set<String> topics() {
        try {
            return consumer.listTopics(LISTING_TIMEOUT).keySet();
        } catch (KafkaException e) {
            throw new IllegalStateException("cannot list the topics at " + bootstrapServers + " (" + e.getMessage()
                    + "); is Kafka running? ./studiebro up starts the local platform", e);
        }
    }

    /** Every committed record of the topic, by partition and offset. */
    List<ConsumerRecord<byte[], byte[]>> readAll(String topic) {
        List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                .map(partition -> new TopicPartition(topic, partition.partition())).toList();
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
        // With read_committed the end is the last stable offset: an open transaction's records are not waited for.
        Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
        List<ConsumerRecord<byte[], byte[]>> records = new ArrayList<>();
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (partitions.stream().anyMatch(partition -> consumer.position(partition) < ends.get(partition))) {
            if (System.nanoTime() - deadline > 0) {
                throw new IllegalStateException("could not read " + topic + " to its end within "
                        + PATIENCE.toSeconds() + " s");
            }
            for (ConsumerRecord<byte[], byte[]> record : consumer.poll(POLL)) {
                if (record.offset() < ends.get(new TopicPartition(record.topic(), record.partition()))) {
                    records.add(record);
                }
            }
        }
        consumer.unsubscribe();
        records.sort(IN_TOPIC_ORDER);
        return records;
    }

    @Override
    public void close() {
        consumer.close(Duration.ofSeconds(5));
    }
}
