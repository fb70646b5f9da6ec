package org.studiebro.platform.deadletters;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;

/** Dead-letter headers as each writer writes them, and dead letters to list and replay. */
final class DeadLetters {

    private DeadLetters() {
    }

    /** As Spring Kafka's DeadLetterPublishingRecoverer writes them (the notification-service). */
    static Headers spring(String topic, int partition, long offset, long timestamp, String reason) {
        RecordHeaders headers = new RecordHeaders();
        headers.add("kafka_dlt-original-topic", text(topic));
        headers.add("kafka_dlt-original-partition", ByteBuffer.allocate(Integer.BYTES).putInt(partition).array());
        headers.add("kafka_dlt-original-offset", ByteBuffer.allocate(Long.BYTES).putLong(offset).array());
        headers.add("kafka_dlt-original-timestamp", ByteBuffer.allocate(Long.BYTES).putLong(timestamp).array());
        headers.add("kafka_dlt-exception-fqcn", text("org.springframework.kafka.listener.ListenerExecutionFailedException"));
        headers.add("kafka_dlt-exception-message", text(reason));
        return headers;
    }

    /** As the routing-service's Kafka Streams handler writes them. */
    static Headers streams(String topic, int partition, long offset, String reason) {
        RecordHeaders headers = new RecordHeaders();
        headers.add("__streams.errors.message", text(reason));
        headers.add("__streams.errors.exception", text("org.studiebro.routing.router.UnprocessableRecordException"));
        headers.add("__streams.errors.topic", text(topic));
        headers.add("__streams.errors.partition", text(Integer.toString(partition)));
        headers.add("__streams.errors.offset", text(Long.toString(offset)));
        return headers;
    }

    static DeadLetter deadLetter(String service, int partition, long offset, String key, Origin origin) {
        return new DeadLetter(service, new Position(partition, offset), Instant.parse("2026-11-22T10:15:30.250Z"),
                key == null ? null : text(key), new byte[] {0, 0, 0, 0, 7, 2}, origin, "no such application",
                Instant.parse("2026-11-22T10:15:31Z"));
    }

    static byte[] text(String value) {
        return value.getBytes(StandardCharsets.UTF_8);
    }

    static String text(Headers headers, String name) {
        return new String(headers.lastHeader(name).value(), StandardCharsets.UTF_8);
    }
}
