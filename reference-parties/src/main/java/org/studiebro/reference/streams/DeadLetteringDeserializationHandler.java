package org.studiebro.reference.streams;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.springframework.kafka.streams.RecoveringDeserializationExceptionHandler;

/**
 * A record that cannot be read goes, raw, to errors.dead.letter.queue.topic.name with Spring Kafka's kafka_dlt-*
 * headers (reason, original topic, partition and offset), inside the task's transaction, and the stream goes on.
 * A transient failure stops the stream thread instead, so the record is read again (see
 * {@link TransientFailureRetry}).
 */
public class DeadLetteringDeserializationHandler extends RecoveringDeserializationExceptionHandler {

    @Override
    public Response handleError(ErrorHandlerContext context, ConsumerRecord<byte[], byte[]> record,
            Exception exception) {
        if (TransientFailures.isTransient(exception)) {
            return Response.fail();
        }
        return super.handleError(context, record, exception);
    }
}
