package org.studiebro.platform.watch;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;

/**
 * A dead letter: where it came from and why, then its other headers and its bytes. It carries the original bytes,
 * whatever they were, so there is no schema to read it with. Spring Kafka's DeadLetterPublishingRecoverer writes
 * {@code kafka_dlt-*} headers (partition as a 4-byte and offset as an 8-byte number); Kafka Streams' dead-letter
 * queue (KIP-1034) writes {@code __streams.errors.*} headers as text. Stack traces are left out: they belong in the
 * service's log, not on one line.
 */
final class DeadLetterText {

    static final String SPRING = "kafka_dlt-";
    static final String STREAMS = "__streams.errors.";

    private static final Set<String> SHOWN_FIRST = Set.of(
            SPRING + "original-topic", SPRING + "original-partition", SPRING + "original-offset",
            SPRING + "exception-fqcn", SPRING + "exception-cause-fqcn", SPRING + "exception-message",
            STREAMS + "topic", STREAMS + "partition", STREAMS + "offset", STREAMS + "exception", STREAMS + "message");

    private DeadLetterText() {
    }

    static String render(Headers headers, byte[] value) {
        List<String> parts = new ArrayList<>();
        String topic = text(headers, SPRING + "original-topic", STREAMS + "topic");
        if (topic != null) {
            parts.add("from=" + RawText.escape(topic)
                    + "/" + number(headers, SPRING + "original-partition", STREAMS + "partition")
                    + "@" + number(headers, SPRING + "original-offset", STREAMS + "offset"));
        }
        String exception = text(headers, SPRING + "exception-fqcn", STREAMS + "exception");
        if (exception != null) {
            String cause = text(headers, SPRING + "exception-cause-fqcn");
            parts.add("exception=" + RawText.escape(exception)
                    + (cause == null ? "" : "(cause " + RawText.escape(cause) + ")"));
        }
        String reason = text(headers, SPRING + "exception-message", STREAMS + "message");
        if (reason != null) {
            parts.add("reason=\"" + RawText.escape(reason) + "\"");
        }
        for (Header header : headers) {
            if (!SHOWN_FIRST.contains(header.key()) && !header.key().endsWith("stacktrace")) {
                parts.add(header.key() + "=\"" + RawText.escape(header.value()) + "\"");
            }
        }
        parts.add("value(" + (value == null ? 0 : value.length) + " bytes)=\"" + RawText.escape(value) + "\"");
        return String.join(" ", parts);
    }

    private static String text(Headers headers, String... names) {
        for (String name : names) {
            Header header = headers.lastHeader(name);
            if (header != null && header.value() != null) {
                return new String(header.value(), StandardCharsets.UTF_8);
            }
        }
        return null;
    }

    /** Spring's binary numbers by their length; Kafka Streams' text as it is. */
    private static String number(Headers headers, String spring, String streams) {
        Header header = headers.lastHeader(spring);
        if (header != null && header.value() != null) {
            byte[] bytes = header.value();
            return switch (bytes.length) {
                case Integer.BYTES -> String.valueOf(ByteBuffer.wrap(bytes).getInt());
                case Long.BYTES -> String.valueOf(ByteBuffer.wrap(bytes).getLong());
                default -> RawText.escape(bytes);
            };
        }
        String text = text(headers, streams);
        return text == null ? "?" : RawText.escape(text);
    }
}
