package org.studiebro.platform.topics;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.RecordDeserializationException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.Deserializer;

import org.studiebro.infrastructure.KafkaClientConfig;

/**
 * Reads whole topics from their beginning to their current end, without a consumer group: nothing is committed and
 * no service's consumers are disturbed. Committed records only, as the services read them, so the records of an
 * aborted transaction (a routing task that was fenced) never show. The tools' one way to read a topic: the
 * dead-letter list and replay, and the crash test's reconciliation.
 */
public final class TopicReader<K, V> implements AutoCloseable {

    private static final Duration POLL = Duration.ofMillis(200);
    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final Duration LISTING_TIMEOUT = Duration.ofSeconds(10);
    private static final Comparator<ConsumerRecord<?, ?>> IN_TOPIC_ORDER = Comparator
            .comparingInt((ConsumerRecord<?, ?> record) -> record.partition()).thenComparingLong(ConsumerRecord::offset);

    private final KafkaClientConfig kafka;
    private final KafkaConsumer<K, V> consumer;
    private long unreadable;

    /** @param clientId names the tool in the broker's logs and quotas */
    public TopicReader(KafkaClientConfig kafka, String clientId, Deserializer<K> keys, Deserializer<V> values) {
        this.kafka = kafka;
        Map<String, Object> config = kafka.with(Map.of());
        config.put(ConsumerConfig.CLIENT_ID_CONFIG, clientId);
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false);
        config.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 5000);
        config.put(ConsumerConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) PATIENCE.toMillis());
        this.consumer = new KafkaConsumer<>(config, keys, values);
    }

    /** Keys and values as the bytes on the topic. */
    public static TopicReader<byte[], byte[]> ofBytes(KafkaClientConfig kafka, String clientId) {
        return new TopicReader<>(kafka, clientId, new ByteArrayDeserializer(), new ByteArrayDeserializer());
    }

    public Set<String> topics() {
        try {
            return consumer.listTopics(LISTING_TIMEOUT).keySet();
        } catch (KafkaException e) {
            throw new IllegalStateException("cannot list the topics at " + kafka.bootstrapServers() + " (" + e.getMessage()
                    + "); is Kafka running? ./studiebro up starts the local platform", e);
        }
    }

    /** Every committed record of the topic, by partition and offset. */
    public List<ConsumerRecord<K, V>> readAll(String topic) {
        List<ConsumerRecord<K, V>> records = new ArrayList<>();
        readAll(List.of(topic), records::add);
        records.sort(IN_TOPIC_ORDER);
        return records;
    }

    /**
     * Hands every committed record of the topics to {@code handler}, each partition in order; a record that does not
     * deserialize is skipped and counted ({@link #unreadable()}).
     *
     * @throws IllegalStateException when the reading makes no progress for a minute
     */
    public void readAll(Collection<String> topics, Consumer<ConsumerRecord<K, V>> handler) {
        List<TopicPartition> partitions = new ArrayList<>();
        for (String topic : topics) {
            consumer.partitionsFor(topic).forEach(info -> partitions.add(new TopicPartition(topic, info.partition())));
        }
        if (partitions.isEmpty()) {
            return;
        }
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
        // With read_committed the end is the last stable offset: an open transaction's records are not waited for.
        Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (partitions.stream().anyMatch(partition -> consumer.position(partition) < ends.get(partition))) {
            if (System.nanoTime() - deadline > 0) {
                throw new IllegalStateException("could not read " + topics + " to the end: no progress within "
                        + PATIENCE.toSeconds() + " s");
            }
            try {
                for (ConsumerRecord<K, V> record : consumer.poll(POLL)) {
                    deadline = System.nanoTime() + PATIENCE.toNanos();
                    if (record.offset() < ends.get(new TopicPartition(record.topic(), record.partition()))) {
                        handler.accept(record);
                    }
                }
            } catch (RecordDeserializationException e) {
                unreadable++;
                consumer.seek(e.topicPartition(), e.offset() + 1);
            }
        }
        consumer.unsubscribe();
    }

    /** Records skipped so far because they did not deserialize. */
    public long unreadable() {
        return unreadable;
    }

    @Override
    public void close() {
        consumer.close(Duration.ofSeconds(5));
    }
}
