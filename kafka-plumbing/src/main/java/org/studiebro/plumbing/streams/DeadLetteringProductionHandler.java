package org.studiebro.plumbing.streams;

import java.util.Map;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.springframework.kafka.streams.RecoveringProductionExceptionHandler;

/**
 * Kafka Streams' {@code production.exception.handler}: a result that cannot be written (it cannot be serialized,
 * the broker refuses it as too large) dead-letters the source record that produced it, with Spring Kafka's
 * {@code kafka_dlt-*} headers, and the stream goes on. A transient failure fails the task, so it is tried again.
 */
public class DeadLetteringProductionHandler extends RecoveringProductionExceptionHandler {

    private String deadLetterTopic;

    @Override
    public void configure(Map<String, ?> configs) {
        deadLetterTopic = StreamFailures.deadLetterTopic(configs);
        super.configure(configs);
    }

    @Override
    public Response handleError(ErrorHandlerContext context, ProducerRecord<byte[], byte[]> record,
            Exception exception) {
        if (StreamFailures.retry(context, exception)) {
            return Response.fail();
        }
        StreamFailures.logDeadLetter(context, deadLetterTopic, exception);
        return super.handleError(context, record, exception);
    }

    @Override
    @SuppressWarnings("rawtypes")
    public Response handleSerializationError(ErrorHandlerContext context, ProducerRecord record, Exception exception,
            SerializationExceptionOrigin origin) {
        if (StreamFailures.retry(context, exception)) {
            return Response.fail();
        }
        StreamFailures.logDeadLetter(context, deadLetterTopic, exception);
        return super.handleSerializationError(context, record, exception, origin);
    }
}
