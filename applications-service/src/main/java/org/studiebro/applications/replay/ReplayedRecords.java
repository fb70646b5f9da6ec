package org.studiebro.applications.replay;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.serialization.Deserializer;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.annotation.PartitionOffset;
import org.springframework.kafka.annotation.TopicPartition;
import org.springframework.kafka.support.serializer.DeserializationException;
import org.springframework.stereotype.Component;
import org.studiebro.applications.ApplicationsServiceApplication;
import org.studiebro.schemas.Topics;
import org.studiebro.schemas.serde.AvroDeserializer;

/**
 * Reads replays.applications-service: the views' dead letters that an operator sends back once their cause is
 * fixed ({@code ./studiebro dead-letters replay}). Each replay is read as a record of the topic its
 * {@code studiebro-original-topic} header names, at its original partition and offset, and handed to the views of
 * that topic through {@link TopicView#on}, which applies it as their own records are applied. The header is
 * believed here only: the replay command is this topic's only writer.
 * <p>
 * It reads from the beginning on every start, all partitions, without a consumer group, and stores no position:
 * the topic holds only what operators have sent back, which grows with dead letters fixed by hand and not with the
 * applications, and a view that has lost its store and starts over from its topics needs the replays again. A
 * replay moves none of the views' stored positions; the views apply a record twice as they apply it once. A replay
 * that still cannot be read or applied goes back to the dead-letter topic (the views' error handler) with the
 * reason, its bytes and the replay's headers, which still name where it first arrived.
 */
@Component
class ReplayedRecords {

    static final String LISTENER_ID = "replayed-dead-letters";
    static final String TOPIC = Topics.REPLAYS_PREFIX + ApplicationsServiceApplication.SERVICE_NAME;
    static final String ORIGINAL_TOPIC = "studiebro-original-topic";
    static final String ORIGINAL_PARTITION = "studiebro-original-partition";
    static final String ORIGINAL_OFFSET = "studiebro-original-offset";

    private final Map<String, List<TopicView>> viewsByTopic = new HashMap<>();
    private final Deserializer<Object> values;

    ReplayedRecords(List<TopicView> views, KafkaProperties kafka, CatchUpTracker tracker) {
        for (TopicView view : views) {
            view.topics().forEach(topic -> viewsByTopic.computeIfAbsent(topic, unused -> new ArrayList<>()).add(view));
        }
        AvroDeserializer avro = new AvroDeserializer();
        avro.configure(kafka.buildConsumerProperties(), false);
        this.values = avro;
        tracker.expect(LISTENER_ID, TOPIC + ": replayed dead letters");
    }

    // Bytes, so that a replay is read as a record of its original topic, and dead-lettered as the bytes it came with.
    @KafkaListener(id = LISTENER_ID, idIsGroup = false, topicPartitions = @TopicPartition(topic = TOPIC,
            partitions = "#{@partitionFinder.partitions('" + TOPIC + "')}",
            partitionOffsets = @PartitionOffset(partition = "*", initialOffset = "0")),
            properties = "value.deserializer=org.apache.kafka.common.serialization.ByteArrayDeserializer")
    void on(ConsumerRecord<String, byte[]> replay) {
        String topic = text(replay.headers(), ORIGINAL_TOPIC)
                .orElseThrow(() -> new IllegalArgumentException("A replay without its " + ORIGINAL_TOPIC + " header"));
        List<TopicView> views = viewsByTopic.get(topic);
        if (views == null) {
            throw new IllegalArgumentException("No view of the " + ApplicationsServiceApplication.SERVICE_NAME
                    + " reads " + topic + ", the original topic of this replay");
        }
        ConsumerRecord<String, Object> original = asOriginal(replay, topic, read(topic, replay.value()));
        for (TopicView view : views) {
            view.on(original);
        }
    }

    private Object read(String topic, byte[] bytes) {
        try {
            return values.deserialize(topic, bytes);
        } catch (SerializationException e) {
            // Classified like a record its view could not read: dead-lettered at once, not retried.
            throw new DeserializationException("Cannot read the replay as a record of " + topic + ": "
                    + e.getMessage(), bytes, false, e);
        }
    }

    /** The record as it was on its original topic; a place the replay does not name is -1. */
    static ConsumerRecord<String, Object> asOriginal(ConsumerRecord<String, byte[]> replay, String topic,
            Object value) {
        int partition = number(replay.headers(), ORIGINAL_PARTITION).map(Long::intValue).orElse(-1);
        long offset = number(replay.headers(), ORIGINAL_OFFSET).orElse(-1L);
        return new ConsumerRecord<>(topic, partition, offset, replay.timestamp(), replay.timestampType(),
                replay.serializedKeySize(), replay.serializedValueSize(), replay.key(), value, replay.headers(),
                Optional.empty(), Optional.empty());
    }

    private static Optional<Long> number(Headers headers, String name) {
        try {
            return text(headers, name).map(String::strip).map(Long::parseLong);
        } catch (NumberFormatException notANumber) {
            return Optional.empty();
        }
    }

    private static Optional<String> text(Headers headers, String name) {
        Header header = headers.lastHeader(name);
        return header == null || header.value() == null
                ? Optional.empty()
                : Optional.of(new String(header.value(), StandardCharsets.UTF_8));
    }
}
