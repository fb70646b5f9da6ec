package org.studiebro.plumbing.streams;

import java.util.Map;

import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.processor.api.Record;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.streams.RecoveringProcessingExceptionHandler;

/**
 * Kafka Streams' {@code processing.exception.handler}: a record that cannot be processed goes, as its source record's
 * bytes, to {@code errors.dead.letter.queue.topic.name} with Spring Kafka's {@code kafka_dlt-*} headers, inside the
 * task's transaction, and the stream goes on. A replayed record that fails again comes from the replay topic; its
 * {@code studiebro-original-*} headers still say where it first arrived.
 *
 * <p>It fails the task instead for a transient failure (the record is processed again by a replaced thread), for a
 * {@link MisconfiguredTopicException} (every record after it would be decided wrongly too) and for a failed
 * punctuation, which has no record: failing aborts its transaction, so nothing is half sent.
 */
public class DeadLetteringProcessingHandler extends RecoveringProcessingExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(DeadLetteringProcessingHandler.class);

    private String deadLetterTopic;

    @Override
    public void configure(Map<String, ?> configs) {
        deadLetterTopic = StreamFailures.deadLetterTopic(configs);
        super.configure(configs);
    }

    @Override
    public Response handleError(ErrorHandlerContext context, Record<?, ?> record, Exception exception) {
        if (StreamFailures.retry(context, exception)) {
            return Response.fail();
        }
        if (exception instanceof MisconfiguredTopicException) {
            LOG.error("Stopping on a misconfigured topic: {}", exception.getMessage());
            return Response.fail();
        }
        if (context.topic() == null) {
            LOG.error("Punctuation of {} failed in task {}", context.processorNodeId(), context.taskId(), exception);
            return Response.fail();
        }
        StreamFailures.logDeadLetter(context, deadLetterTopic, exception);
        return super.handleError(context, record, exception);
    }
}
