package org.studiebro.plumbing.deadletter;

import static org.studiebro.plumbing.deadletter.DeadLetterHeaderNames.OFFSET;
import static org.studiebro.plumbing.deadletter.DeadLetterHeaderNames.PARTITION;
import static org.studiebro.plumbing.deadletter.DeadLetterHeaderNames.TOPIC;
import static org.studiebro.plumbing.deadletter.DeadLetterHeaderNames.STREAMS_OFFSET;
import static org.studiebro.plumbing.deadletter.DeadLetterHeaderNames.STREAMS_PARTITION;
import static org.studiebro.plumbing.deadletter.DeadLetterHeaderNames.STREAMS_TOPIC;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * The records a dead-letter topic already holds a dead letter of, by their origin (topic, partition, offset), for
 * consumers that read their topics from the beginning at every start (in-memory views, global stores): they meet
 * the same unusable record again after every restart and must dead-letter it only once. The dead-letter topic is
 * read once, when {@link #contains} is first asked (so a service without poison never reads it); what the service
 * writes afterwards it {@link #add}s. A deterministic key would not do: the topic is not compacted, and a dead
 * letter keeps its record's key for the replay.
 *
 * <p>Origins are read from Spring Kafka's dead-letter headers ({@code kafka_dlt-original-*}, binary partition and
 * offset) and from Kafka Streams' ({@code __streams.errors.*}, text); the last header of a name counts, as for the
 * operators' tooling. Two instances meeting the same new record at the same moment may both write it. Thread-safe.
 */
public final class DeadLetteredOrigins {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private final String deadLetterTopic;
    private final Map<String, Object> consumerConfig;
    private Set<Origin> origins;

    /**
     * @param clientConfig connection settings (bootstrap servers, security) for a consumer; group, commits,
     *                     isolation and deserializers are set here
     */
    public DeadLetteredOrigins(String deadLetterTopic, Map<String, ?> clientConfig) {
        this.deadLetterTopic = deadLetterTopic;
        this.consumerConfig = new HashMap<>(clientConfig);
        consumerConfig.remove(ConsumerConfig.GROUP_ID_CONFIG);
        consumerConfig.remove(ConsumerConfig.GROUP_INSTANCE_ID_CONFIG);
        consumerConfig.remove(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG);
        consumerConfig.remove(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG);
        consumerConfig.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        // Dead letters are written outside transactions; nothing needs to wait for one to end.
        consumerConfig.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_uncommitted");
    }

    /** Where a record was read. */
    public record Origin(String topic, int partition, long offset) {

        public static Origin of(ConsumerRecord<?, ?> record) {
            return new Origin(record.topic(), record.partition(), record.offset());
        }
    }

    /** Whether the dead-letter topic holds a dead letter of the record at this origin. */
    public synchronized boolean contains(Origin origin) {
        if (origins == null) {
            origins = readOrigins();
        }
        return origins.contains(origin);
    }

    /** A dead letter of the record at this origin was written (and acknowledged). */
    public synchronized void add(Origin origin) {
        if (origins != null) {
            origins.add(origin);
        }
    }

    private Set<Origin> readOrigins() {
        Set<Origin> found = new HashSet<>();
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(consumerConfig,
                new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(deadLetterTopic, TIMEOUT).stream()
                    .map(info -> new TopicPartition(deadLetterTopic, info.partition()))
                    .toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions, TIMEOUT);
            Instant deadline = Instant.now().plus(TIMEOUT);
            while (partitions.stream().anyMatch(partition -> consumer.position(partition, TIMEOUT) < ends.get(partition))) {
                if (Instant.now().isAfter(deadline)) {
                    throw new KafkaException("could not read " + deadLetterTopic + " to its end within " + TIMEOUT);
                }
                for (ConsumerRecord<byte[], byte[]> deadLetter : consumer.poll(Duration.ofMillis(200))) {
                    Origin origin = origin(deadLetter.headers());
                    if (origin != null) {
                        found.add(origin);
                    }
                }
            }
        }
        return found;
    }

    static Origin origin(Headers headers) {
        String springTopic = text(headers, TOPIC);
        if (springTopic != null) {
            Header partition = headers.lastHeader(PARTITION);
            Header offset = headers.lastHeader(OFFSET);
            if (partition == null || partition.value() == null || partition.value().length != Integer.BYTES
                    || offset == null || offset.value() == null || offset.value().length != Long.BYTES) {
                return null;
            }
            return new Origin(springTopic, ByteBuffer.wrap(partition.value()).getInt(),
                    ByteBuffer.wrap(offset.value()).getLong());
        }
        String topic = text(headers, STREAMS_TOPIC);
        String partition = text(headers, STREAMS_PARTITION);
        String offset = text(headers, STREAMS_OFFSET);
        if (topic == null || partition == null || offset == null) {
            return null;
        }
        try {
            return new Origin(topic, Integer.parseInt(partition), Long.parseLong(offset));
        } catch (NumberFormatException notOurs) {
            return null;
        }
    }

    private static String text(Headers headers, String name) {
        Header header = headers.lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
