package org.studiebro.plumbing.replay;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.serialization.Deserializer;
import org.springframework.kafka.support.serializer.DeserializationException;
import org.studiebro.schemas.Topics;

/**
 * Reads a record of replays.&lt;service&gt; as the record it replays: on the topic, partition and offset its
 * {@link ReplayHeaderNames studiebro-original-*} headers name, with its original key, value bytes and time. The
 * headers are believed on a replay topic only, which the operators' replay command alone writes; on any other topic
 * they could be one party's claim to speak for another. Each service feeds what this gives into its own handling.
 */
public final class ReplayedRecord {

    private ReplayedRecord() {
    }

    /** Whether the topic is a replay topic, the only one whose records' original headers are believed. */
    public static boolean isReplay(String topic) {
        return topic.startsWith(Topics.REPLAYS_PREFIX);
    }

    /** The topic its record first arrived on, as the replay says; empty when it does not say. */
    public static Optional<String> originalTopic(Headers headers) {
        return text(headers, ReplayHeaderNames.ORIGINAL_TOPIC);
    }

    /**
     * The topic a record counts as having arrived on: its own, or for a replay the one its original arrived on
     * (empty when the replay does not say).
     */
    public static Optional<String> arrivedOn(String topic, Headers headers) {
        return isReplay(topic) ? originalTopic(headers) : Optional.of(topic);
    }

    /**
     * The value bytes of a replay read as a record of its original topic. One that cannot be read fails as a
     * record that cannot be deserialized, with its bytes, so that it is dead-lettered at once, not retried.
     */
    public static <V> V read(Deserializer<V> values, String originalTopic, byte[] bytes) {
        try {
            return values.deserialize(originalTopic, bytes);
        } catch (SerializationException e) {
            throw new DeserializationException("Cannot read the replay as a record of " + originalTopic + ": "
                    + e.getMessage(), bytes, false, e);
        }
    }

    /** The record as it was on its original topic; a partition or offset the replay does not name is -1. */
    public static <K, V> ConsumerRecord<K, V> asOriginal(ConsumerRecord<K, ?> replay, String originalTopic,
            V value) {
        int partition = number(replay.headers(), ReplayHeaderNames.ORIGINAL_PARTITION).map(Long::intValue).orElse(-1);
        long offset = number(replay.headers(), ReplayHeaderNames.ORIGINAL_OFFSET).orElse(-1L);
        return new ConsumerRecord<>(originalTopic, partition, offset, replay.timestamp(), replay.timestampType(),
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
