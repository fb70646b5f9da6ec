package org.studiebro.platform.watch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.Test;

class DeadLetterTextTest {

    /** A value that is not Avro, holding a learner's personnummer. */
    private static final byte[] VALUE = "{\"nationalId\":\"198112189876\"}".getBytes(StandardCharsets.UTF_8);

    @Test
    void showsSpringKafkasOriginAndReasonWithTheirBinaryNumbers() {
        RecordHeaders headers = new RecordHeaders();
        headers.add("kafka_dlt-exception-fqcn",
                text("org.springframework.kafka.listener.ListenerExecutionFailedException"));
        headers.add("kafka_dlt-exception-cause-fqcn", text("org.apache.kafka.common.errors.SerializationException"));
        headers.add("kafka_dlt-exception-message", text("Unknown magic byte!"));
        headers.add("kafka_dlt-exception-stacktrace", text("org.apache.kafka...\n\tat 198112189876"));
        headers.add("kafka_dlt-original-topic", text("applications.status"));
        headers.add("kafka_dlt-original-partition", ByteBuffer.allocate(Integer.BYTES).putInt(2).array());
        headers.add("kafka_dlt-original-offset", ByteBuffer.allocate(Long.BYTES).putLong(4711L).array());
        headers.add("kafka_dlt-original-consumer-group", text("notification-service"));

        String rendered = DeadLetterText.render(headers, VALUE);

        assertThat(rendered).isEqualTo("from=applications.status/2@4711"
                + " exception=org.springframework.kafka.listener.ListenerExecutionFailedException"
                + "(cause org.apache.kafka.common.errors.SerializationException)"
                + " reason=\"Unknown magic byte!\""
                + " kafka_dlt-original-consumer-group=\"notification-service\""
                + " value(29 bytes)=\"{\\\"nationalId\\\":\\\"19811218-****\\\"}\"");
    }

    @Test
    void showsKafkaStreamsOriginAndReasonWrittenAsText() {
        RecordHeaders headers = new RecordHeaders();
        headers.add("traceparent", text("00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01"));
        headers.add("__streams.errors.message", text("Cannot read ApplicationSubmitted for 811218-9876"));
        headers.add("__streams.errors.exception", text("org.apache.kafka.common.errors.SerializationException"));
        headers.add("__streams.errors.stacktrace", text("..."));
        headers.add("__streams.errors.topic", text("applications.submitted"));
        headers.add("__streams.errors.partition", text("0"));
        headers.add("__streams.errors.offset", text("17"));

        String rendered = DeadLetterText.render(headers, new byte[] {0, 0, 0, 0, 8, 2});

        assertThat(rendered).isEqualTo("from=applications.submitted/0@17"
                + " exception=org.apache.kafka.common.errors.SerializationException"
                + " reason=\"Cannot read ApplicationSubmitted for 811218-****\""
                + " traceparent=\"00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01\""
                + " value(6 bytes)=\"\\x00\\x00\\x00\\x00\\x08\\x02\"");
    }

    @Test
    void aDeadLetterWithoutHeadersStillShowsItsBytes() {
        assertThat(DeadLetterText.render(new RecordHeaders(), null)).isEqualTo("value(0 bytes)=\"null\"");
    }

    private static byte[] text(String value) {
        return value.getBytes(StandardCharsets.UTF_8);
    }
}
