package org.studiebro.plumbing.deadletter;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.jspecify.annotations.Nullable;
import org.springframework.core.log.LogAccessor;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.kafka.support.KafkaUtils;
import org.springframework.kafka.support.serializer.DeserializationException;
import org.springframework.kafka.support.serializer.SerializationUtils;

/**
 * Spring Kafka's dead letter of a record that could not be read says only "failed to deserialize"; with this as the
 * recoverer's headers function, its {@code kafka_dlt-exception-message} says why (not the wire format, unknown schema
 * id, a type that is not the topic's contract), which is what the operators' tooling shows.
 */
public final class DeadLetterReasons {

    private static final LogAccessor LOG = new LogAccessor(DeadLetterReasons.class);

    private DeadLetterReasons() {
    }

    /** For {@link DeadLetterPublishingRecoverer#setHeadersFunction}. */
    public static @Nullable Headers of(ConsumerRecord<?, ?> record, Exception exception) {
        DeserializationException unreadable = SerializationUtils.getExceptionFromHeader(record,
                KafkaUtils.VALUE_DESERIALIZER_EXCEPTION_HEADER, LOG);
        if (unreadable == null || unreadable.getCause() == null) {
            return null;
        }
        return new RecordHeaders(List.<Header>of(new DeadLetterPublishingRecoverer.SingleRecordHeader(
                KafkaHeaders.DLT_EXCEPTION_MESSAGE, describe(unreadable).getBytes(StandardCharsets.UTF_8))));
    }

    /** The failure's message, with its cause's for a record that could not be read; for logs as for headers. */
    public static String describe(Exception reason) {
        if (reason instanceof DeserializationException unreadable && unreadable.getCause() != null) {
            return unreadable.getMessage() + "; " + unreadable.getCause().getMessage();
        }
        return reason.getMessage();
    }
}
