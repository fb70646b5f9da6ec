package org.studiebro.routing.routing;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.studiebro.routing.routing.DeadLetteringExceptionHandler.Origin;

/**
 * Writes the dead letters of the global stores (catalog, municipalities, cooperation areas), with the same headers
 * as {@link DeadLetteringExceptionHandler}. Kafka Streams 4.2 writes dead letters only from stream tasks, so this
 * has a producer of its own: idempotent, acks=all, not transactional (the global thread commits no offsets; it
 * reads its topics from the start at every start).
 *
 * <p>Because the global stores are rebuilt from their topics at every start, the same unusable record comes by
 * again each time. It is dead-lettered once: before its first dead letter, this reads which records of the global
 * topics the dead-letter topic already holds (by their origin headers) and skips those. A deterministic key would
 * not do: the dead-letter topic is not compacted, and a dead letter keeps its record's key for the replay. A send
 * waits for the broker's acknowledgement, so a dead letter is either written or sent again at the next start. Two
 * instances that meet the same new record at the same moment may both write it.
 */
class GlobalDeadLetters implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(GlobalDeadLetters.class);
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private final String deadLetterTopic;
    private final Set<String> globalTopics;
    private final Map<String, Object> producerConfig;
    private final Map<String, Object> consumerConfig;
    private KafkaProducer<byte[], byte[]> producer;
    private Set<Origin> written;

    /**
     * @param clientConfig the connection settings (bootstrap servers, security) for a producer and a consumer
     */
    GlobalDeadLetters(String deadLetterTopic, Set<String> globalTopics, Map<String, Object> clientConfig) {
        this.deadLetterTopic = deadLetterTopic;
        this.globalTopics = Set.copyOf(globalTopics);
        this.producerConfig = new HashMap<>(clientConfig);
        producerConfig.put(ProducerConfig.ACKS_CONFIG, "all");
        producerConfig.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        producerConfig.remove(ProducerConfig.TRANSACTIONAL_ID_CONFIG);
        this.consumerConfig = new HashMap<>(clientConfig);
        consumerConfig.remove(ConsumerConfig.GROUP_ID_CONFIG);
        consumerConfig.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        // The global stores' dead letters are written outside transactions; nothing needs to wait for one.
        consumerConfig.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_uncommitted");
    }

    /** Writes the dead letter unless the dead-letter topic already holds one of the same record. */
    synchronized void deadLetter(byte[] key, byte[] value, long timestamp, Headers headers, Origin origin,
            Exception reason) {
        if (written == null) {
            written = alreadyWritten();
        }
        if (written.contains(origin)) {
            LOG.debug("Record {}-{}@{} of a global store was dead-lettered before", origin.topic(),
                    origin.partition(), origin.offset());
            return;
        }
        LOG.warn("Record {}-{}@{} of a global store sent to {}: {}", origin.topic(), origin.partition(),
                origin.offset(), deadLetterTopic, reason.getMessage());
        send(DeadLetteringExceptionHandler.deadLetter(deadLetterTopic, key, value, timestamp, headers, origin,
                reason));
        written.add(origin);
    }

    private void send(ProducerRecord<byte[], byte[]> deadLetter) {
        if (producer == null) {
            producer = new KafkaProducer<>(producerConfig, new ByteArraySerializer(), new ByteArraySerializer());
        }
        try {
            producer.send(deadLetter).get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new KafkaException("interrupted while writing a dead letter to " + deadLetterTopic, e);
        } catch (ExecutionException | TimeoutException e) {
            throw new KafkaException("cannot write a dead letter to " + deadLetterTopic, e);
        }
    }

    private Set<Origin> alreadyWritten() {
        Set<Origin> origins = new HashSet<>();
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(consumerConfig,
                new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(deadLetterTopic, TIMEOUT).stream()
                    .map(info -> new TopicPartition(deadLetterTopic, info.partition()))
                    .toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions, TIMEOUT);
            Instant deadline = Instant.now().plus(TIMEOUT);
            while (partitions.stream().anyMatch(partition -> consumer.position(partition, TIMEOUT) < end.get(partition))) {
                if (Instant.now().isAfter(deadline)) {
                    throw new KafkaException("could not read " + deadLetterTopic + " to its end within " + TIMEOUT);
                }
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    Origin origin = origin(record.headers());
                    if (origin != null && globalTopics.contains(origin.topic())) {
                        origins.add(origin);
                    }
                }
            }
        }
        return origins;
    }

    private static Origin origin(Headers headers) {
        String topic = text(headers, DeadLetteringExceptionHandler.TOPIC);
        String partition = text(headers, DeadLetteringExceptionHandler.PARTITION);
        String offset = text(headers, DeadLetteringExceptionHandler.OFFSET);
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

    @Override
    public synchronized void close() {
        if (producer != null) {
            producer.close(TIMEOUT);
        }
    }
}
