package org.studiebro.plumbing.viewstore;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.apache.kafka.common.TopicPartition;
import org.studiebro.plumbing.viewstore.ViewStore.Entry;

/**
 * How a view's column family is keyed. A value's key is its id (an application id) in UTF-8. The view's
 * bookkeeping lives in the same column family, so that it is written in one batch with the values and goes with
 * them when the family is dropped, under keys that begin with a NUL byte, which no id may: the next offset to read
 * of each topic-partition ({@code \0position\0<topic>\0<partition>}, 8 bytes big-endian) and the id of each topic
 * the positions belong to ({@code \0topic-id\0<topic>}). Kafka's topic names have no NUL in them.
 */
final class ViewKeys {

    static final byte[] POSITIONS = bytes("\0position\0");
    static final byte[] TOPIC_IDS = bytes("\0topic-id\0");

    private ViewKeys() {
    }

    /** @throws IllegalArgumentException for an id that would be taken for bookkeeping, so its record is dead-lettered */
    static byte[] value(String id) {
        if (id.startsWith("\0")) {
            throw new IllegalArgumentException("A view cannot keep an id that begins with NUL");
        }
        return bytes(id);
    }

    static Entry position(TopicPartition partition, long nextOffset) {
        byte[] key = bytes(new String(POSITIONS, StandardCharsets.UTF_8) + partition.topic() + "\0"
                + partition.partition());
        return new Entry(key, ByteBuffer.allocate(Long.BYTES).putLong(nextOffset).array());
    }

    static TopicPartition partitionOf(byte[] positionKey) {
        String rest = suffix(positionKey, POSITIONS);
        int separator = rest.lastIndexOf('\0');
        return new TopicPartition(rest.substring(0, separator), Integer.parseInt(rest.substring(separator + 1)));
    }

    static long offsetOf(byte[] positionValue) {
        return ByteBuffer.wrap(positionValue).getLong();
    }

    static Entry topicId(String topic, String id) {
        return new Entry(bytes(new String(TOPIC_IDS, StandardCharsets.UTF_8) + topic), bytes(id));
    }

    static String topicOf(byte[] topicIdKey) {
        return suffix(topicIdKey, TOPIC_IDS);
    }

    private static String suffix(byte[] key, byte[] prefix) {
        return new String(Arrays.copyOfRange(key, prefix.length, key.length), StandardCharsets.UTF_8);
    }

    static boolean startsWith(byte[] key, byte[] prefix) {
        return key.length >= prefix.length && Arrays.equals(key, 0, prefix.length, prefix, 0, prefix.length);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
