package org.studiebro.referencedata.imports;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.stereotype.Component;
import org.studiebro.serde.AvroDeserializer;

/**
 * Reads a compacted topic from its beginning to its current end: the latest record of every key. A key whose
 * latest record is unreadable or of another type counts as holding nothing, so the import publishes its record
 * again; the routing-service's global store dead-letters the unreadable one.
 */
@Component
class CompactedTopicReader {

    private static final Logger LOG = LoggerFactory.getLogger(CompactedTopicReader.class);
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private final KafkaProperties kafka;

    CompactedTopicReader(KafkaProperties kafka) {
        this.kafka = kafka;
    }

    <T extends SpecificRecord> Map<String, T> read(String topic, Class<T> type) {
        Map<String, Object> config = kafka.buildConsumerProperties();
        config.remove(ConsumerConfig.GROUP_ID_CONFIG);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        // Only what committed import transactions wrote counts as what the topic holds.
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        AvroDeserializer values = new AvroDeserializer();
        values.configure(config, false);
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(config, new StringDeserializer(),
                new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, TIMEOUT).stream()
                    .map(info -> new TopicPartition(topic, info.partition()))
                    .toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions, TIMEOUT);
            Map<String, T> latest = new HashMap<>();
            Instant deadline = Instant.now().plus(TIMEOUT);
            while (partitions.stream().anyMatch(partition -> consumer.position(partition, TIMEOUT) < end.get(partition))) {
                if (Instant.now().isAfter(deadline)) {
                    throw new IllegalStateException("could not read " + topic + " to its end within " + TIMEOUT);
                }
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    Object value = readable(values, record);
                    if (type.isInstance(value)) {
                        latest.put(record.key(), type.cast(value));
                    } else {
                        latest.remove(record.key());
                    }
                }
            }
            return latest;
        }
    }

    /** The record's value, or null for a tombstone or a record that cannot be read. */
    private static Object readable(AvroDeserializer values, ConsumerRecord<String, byte[]> record) {
        try {
            return values.deserialize(record.topic(), record.value());
        } catch (SerializationException unreadable) {
            LOG.debug("Unreadable record {}-{}@{} ignored by the import: {}", record.topic(), record.partition(),
                    record.offset(), unreadable.getMessage());
            return null;
        }
    }
}
