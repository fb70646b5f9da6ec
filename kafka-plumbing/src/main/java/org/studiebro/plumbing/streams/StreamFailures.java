package org.studiebro.plumbing.streams;

import java.util.Map;

import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** What the three dead-lettering handlers decide alike, and the line each logs for a dead letter. */
final class StreamFailures {

    private static final Logger LOG = LoggerFactory.getLogger(StreamFailures.class);

    private StreamFailures() {
    }

    static String deadLetterTopic(Map<String, ?> configs) {
        Object topic = configs.get(StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG);
        if (topic == null) {
            throw new IllegalArgumentException(StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG + " is not set");
        }
        return topic.toString();
    }

    /** A failure that says nothing about the record (registry or broker unreachable): fail, and read it again. */
    static boolean retry(ErrorHandlerContext context, Exception exception) {
        if (!TransientFailures.isTransient(exception)) {
            return false;
        }
        LOG.warn("Cannot handle a record of {} now, will retry: {}", context.topic(), exception.getMessage());
        return true;
    }

    /**
     * Kafka Streams 4.2 cannot write a handler's dead letters from the global thread (its context has no record
     * collector; KIP-1295 proposes it): global stores that read raw bytes dead-letter what they cannot use themselves.
     */
    static boolean isGlobal(ErrorHandlerContext context) {
        return context.taskId() == null || context.taskId().subtopology() < 0;
    }

    static void logDeadLetter(ErrorHandlerContext context, String deadLetterTopic, Exception exception) {
        LOG.warn("Record {}-{}@{} sent to {}: {}", context.topic(), context.partition(), context.offset(),
                deadLetterTopic, exception.getMessage());
    }
}
