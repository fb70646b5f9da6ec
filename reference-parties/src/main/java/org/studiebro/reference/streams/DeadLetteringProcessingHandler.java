package org.studiebro.reference.streams;

import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.processor.api.Record;
import org.springframework.kafka.streams.RecoveringProcessingExceptionHandler;

/**
 * A record that breaks the contract (a request addressed to another party) goes, as its source record, to
 * errors.dead.letter.queue.topic.name with Spring Kafka's kafka_dlt-* headers, and the stream goes on. A
 * transient failure stops the stream thread instead, so the record is processed again; a misconfigured topic
 * ({@link MisconfiguredTopicException}) stops the party, because every record after it would be decided wrongly too.
 */
public class DeadLetteringProcessingHandler extends RecoveringProcessingExceptionHandler {

    @Override
    public Response handleError(ErrorHandlerContext context, Record<?, ?> record, Exception exception) {
        if (TransientFailures.isTransient(exception) || exception instanceof MisconfiguredTopicException) {
            return Response.fail();
        }
        return super.handleError(context, record, exception);
    }
}
