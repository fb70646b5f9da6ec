package org.studiebro.serde;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.Test;
import org.springframework.core.log.LogAccessor;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.listener.ListenerExecutionFailedException;
import org.springframework.kafka.support.KafkaUtils;
import org.springframework.kafka.support.serializer.DeserializationException;
import org.springframework.kafka.support.serializer.ErrorHandlingDeserializer;
import org.springframework.kafka.support.serializer.SerializationUtils;
import org.springframework.util.backoff.FixedBackOff;

/**
 * The serde's failures as Spring Kafka sees them: ErrorHandlingDeserializer catches them, and a DefaultErrorHandler
 * configured as below sends poison records to the recoverer (dead-letter topic) at once but retries while the
 * registry is unavailable. Spring's default would dead-letter both, as it never retries a DeserializationException.
 */
class SpringKafkaErrorHandlingTest {

    @Test
    void errorHandlingDeserializerCatchesPoisonRecords() {
        try (ErrorHandlingDeserializer<Object> deserializer = new ErrorHandlingDeserializer<>(new AvroDeserializer())) {
            deserializer.configure(Map.of("schema.registry.url", DeadPort.url()), false);
            RecordHeaders headers = new RecordHeaders();

            Object value = deserializer.deserialize("applications.submitted", headers,
                    "{\"not\":\"avro\"}".getBytes(StandardCharsets.UTF_8));

            assertThat(value).isNull();
            // The container reads the exception back from the header and hands it to the error handler.
            DeserializationException recorded = SerializationUtils.byteArrayToDeserializationException(
                    new LogAccessor(getClass()), headers.lastHeader(KafkaUtils.VALUE_DESERIALIZER_EXCEPTION_HEADER));
            assertThat(recorded.getCause())
                    .isInstanceOf(SerializationException.class)
                    .hasMessageStartingWith("Not Confluent wire format: first byte 0x7b");
        }
    }

    @Test
    void retriesWhileTheRegistryIsUnavailableAndDeadLettersPoisonAtOnce() {
        RetryClassification handler = new RetryClassification();
        // The recipe for the services: let the cause decide, and never retry an unreadable record.
        handler.removeClassification(DeserializationException.class);
        handler.addNotRetryableExceptions(SerializationException.class);

        assertThat(handler.retries(deserializationFailure(new SerializationException("Not Confluent wire format"))))
                .isFalse();
        assertThat(handler.retries(deserializationFailure(
                new SchemaRegistryException("Unknown schema id 42 at http://registry", 404, 40403)))).isFalse();
        assertThat(handler.retries(deserializationFailure(
                new SchemaRegistryUnavailableException("Schema registry unreachable")))).isTrue();
        assertThat(handler.retries(new ListenerExecutionFailedException("send failed",
                new org.apache.kafka.common.KafkaException("Send failed",
                        new SchemaRegistryUnavailableException("Schema registry unreachable"))))).isTrue();
    }

    private static Exception deserializationFailure(Exception cause) {
        return new ListenerExecutionFailedException("listener failed",
                new DeserializationException("failed to deserialize", new byte[] {1}, false, cause));
    }

    /** DefaultErrorHandler with its retry decision visible. */
    private static final class RetryClassification extends DefaultErrorHandler {

        RetryClassification() {
            super(new FixedBackOff(0, 1));
        }

        boolean retries(Exception thrown) {
            return getExceptionMatcher().match(thrown);
        }
    }
}
