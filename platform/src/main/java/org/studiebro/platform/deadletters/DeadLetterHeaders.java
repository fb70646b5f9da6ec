package org.studiebro.platform.deadletters;

import static org.studiebro.plumbing.deadletter.DeadLetterHeaderNames.MESSAGE;
import static org.studiebro.plumbing.deadletter.DeadLetterHeaderNames.OFFSET;
import static org.studiebro.plumbing.deadletter.DeadLetterHeaderNames.PARTITION;
import static org.studiebro.plumbing.deadletter.DeadLetterHeaderNames.TIMESTAMP;
import static org.studiebro.plumbing.deadletter.DeadLetterHeaderNames.TOPIC;
import static org.studiebro.plumbing.deadletter.DeadLetterHeaderNames.STREAMS_MESSAGE;
import static org.studiebro.plumbing.deadletter.DeadLetterHeaderNames.STREAMS_OFFSET;
import static org.studiebro.plumbing.deadletter.DeadLetterHeaderNames.STREAMS_PARTITION;
import static org.studiebro.plumbing.deadletter.DeadLetterHeaderNames.STREAMS_TOPIC;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.OptionalLong;

import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.studiebro.plumbing.replay.ReplayHeaderNames;

/**
 * A dead letter's origin, reason and original time, whichever service wrote it. Spring Kafka's
 * DeadLetterPublishingRecoverer writes {@code kafka_dlt-original-topic}, {@code -partition} (a 4-byte number),
 * {@code -offset} and {@code -timestamp} (8-byte numbers) and {@code kafka_dlt-exception-message}; the
 * routing-service's Kafka Streams handler writes {@code __streams.errors.topic}, {@code .partition},
 * {@code .offset} and {@code .message} as text, and keeps the original record's timestamp.
 *
 * <p>A replayed record that fails again is dead-lettered with the replay's headers copied (both writers copy the
 * failed record's headers), and its {@code kafka_dlt-original-*} or {@code __streams.errors.*} then name the replay
 * topic. The {@code studiebro-original-*} headers name where the record first arrived, so they win: replaying that
 * dead letter again is processed as if it came from there.
 */
final class DeadLetterHeaders {

    private DeadLetterHeaders() {
    }

    static Origin origin(Headers headers) {
        String replayed = text(headers, ReplayHeaderNames.ORIGINAL_TOPIC);
        if (replayed != null) {
            return new Origin(replayed, integer(text(headers, ReplayHeaderNames.ORIGINAL_PARTITION)),
                    longNumber(text(headers, ReplayHeaderNames.ORIGINAL_OFFSET)));
        }
        String spring = text(headers, TOPIC);
        if (spring != null) {
            Long partition = binary(headers, PARTITION, Integer.BYTES);
            return new Origin(spring, partition == null ? null : partition.intValue(),
                    binary(headers, OFFSET, Long.BYTES));
        }
        String streams = text(headers, STREAMS_TOPIC);
        if (streams != null) {
            return new Origin(streams, integer(text(headers, STREAMS_PARTITION)),
                    longNumber(text(headers, STREAMS_OFFSET)));
        }
        return Origin.UNKNOWN;
    }

    /** Why the record was dead-lettered (the latest reason, for one that failed again), or null. */
    static String reason(Headers headers) {
        String spring = text(headers, MESSAGE);
        return spring != null ? spring : text(headers, STREAMS_MESSAGE);
    }

    /** When the original record arrived, where the dead letter says so apart from its own timestamp. */
    static OptionalLong originalTimestamp(Headers headers) {
        Long timestamp = binary(headers, TIMESTAMP, Long.BYTES);
        return timestamp == null ? OptionalLong.empty() : OptionalLong.of(timestamp);
    }

    private static String text(Headers headers, String name) {
        Header header = headers.lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    /** Spring's big-endian numbers; a header of another length is not one of them. */
    private static Long binary(Headers headers, String name, int length) {
        Header header = headers.lastHeader(name);
        if (header == null || header.value() == null || header.value().length != length) {
            return null;
        }
        ByteBuffer bytes = ByteBuffer.wrap(header.value());
        return length == Integer.BYTES ? (long) bytes.getInt() : bytes.getLong();
    }

    private static Integer integer(String text) {
        Long number = longNumber(text);
        return number == null || number != number.intValue() ? null : number.intValue();
    }

    private static Long longNumber(String text) {
        if (text == null) {
            return null;
        }
        try {
            return Long.parseLong(text.strip());
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }
}
