package org.studiebro.plumbing.streams;

import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.streams.RecoveringDeserializationExceptionHandler;

/**
 * Kafka Streams' {@code deserialization.exception.handler}: a record that cannot be read (not Avro, unknown schema
 * id) goes, raw, to {@code errors.dead.letter.queue.topic.name} with Spring Kafka's {@code kafka_dlt-*} headers, the
 * same as the listener containers' dead letters. Kafka Streams (KIP-1034) writes it with the task's producer, so
 * under exactly_once_v2 it commits with the input's offset; the stream goes on. A transient failure fails the task
 * instead, so the record is read again. A global store's record is skipped with an error: that thread cannot write
 * dead letters (see {@link StreamFailures#isGlobal}).
 */
public class DeadLetteringDeserializationHandler extends RecoveringDeserializationExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(DeadLetteringDeserializationHandler.class);

    private String deadLetterTopic;

    @Override
    public void configure(Map<String, ?> configs) {
        deadLetterTopic = StreamFailures.deadLetterTopic(configs);
        super.configure(configs);
    }

    @Override
    public Response handleError(ErrorHandlerContext context, ConsumerRecord<byte[], byte[]> record,
            Exception exception) {
        if (StreamFailures.retry(context, exception)) {
            return Response.fail();
        }
        if (StreamFailures.isGlobal(context)) {
            LOG.error("Record {}-{}@{} of a global store skipped: {}", context.topic(), context.partition(),
                    context.offset(), exception.getMessage(), exception);
            return Response.resume();
        }
        StreamFailures.logDeadLetter(context, deadLetterTopic, exception);
        return super.handleError(context, record, exception);
    }
}
