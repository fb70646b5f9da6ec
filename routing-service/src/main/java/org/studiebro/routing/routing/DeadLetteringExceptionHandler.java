package org.studiebro.routing.routing;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.RetriableException;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.errors.DeserializationExceptionHandler;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.errors.ProcessingExceptionHandler;
import org.apache.kafka.streams.processor.api.Record;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends a record that cannot be read (not Avro, unknown schema id) or cannot be processed to the dead-letter
 * topic named by {@code errors.dead.letter.queue.topic.name}, with its original key and value bytes and headers,
 * and lets the stream go on. Kafka Streams (KIP-1034) writes these records with the task's producer, so under
 * exactly_once_v2 they are part of the same transaction as the input's offset.
 *
 * <p>Headers, as Kafka Streams' own dead-letter records have them: {@code __streams.errors.message} (the reason),
 * {@code __streams.errors.exception} (its class), {@code __streams.errors.topic}, {@code __streams.errors.partition}
 * and {@code __streams.errors.offset} (where the record came from, as text). A replayed record that fails again
 * comes from the replay topic; its copied {@code studiebro-original-*} headers still say where it first arrived.
 *
 * <p>A retriable failure (the schema registry is unreachable) says nothing about the record, so it fails the
 * task instead: the record is read again when the stream thread is replaced. So does a failed punctuation, which
 * has no record.
 */
public class DeadLetteringExceptionHandler implements DeserializationExceptionHandler, ProcessingExceptionHandler {

    static final String MESSAGE = "__streams.errors.message";
    static final String EXCEPTION = "__streams.errors.exception";
    static final String TOPIC = "__streams.errors.topic";
    static final String PARTITION = "__streams.errors.partition";
    static final String OFFSET = "__streams.errors.offset";

    private static final Logger LOG = LoggerFactory.getLogger(DeadLetteringExceptionHandler.class);

    private String deadLetterTopic;

    @Override
    public void configure(Map<String, ?> configs) {
        Object topic = configs.get(StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG);
        if (topic == null) {
            throw new IllegalArgumentException(StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG + " is not set");
        }
        this.deadLetterTopic = topic.toString();
    }

    @Override
    public DeserializationExceptionHandler.Response handleError(ErrorHandlerContext context,
            ConsumerRecord<byte[], byte[]> record, Exception exception) {
        if (isRetriable(exception)) {
            LOG.warn("Cannot read a record of {} now, will retry: {}", context.topic(), exception.getMessage());
            return DeserializationExceptionHandler.Response.fail();
        }
        if (isGlobal(context)) {
            // Kafka Streams 4.2 cannot write a handler's dead letters from the global thread (its context has no
            // record collector; KIP-1295 proposes it). The global stores read raw bytes and dead-letter what they
            // cannot use themselves (GlobalStoreUpdater), so only a failure of the updater itself comes here.
            LOG.error("Record {}-{}@{} of a global store skipped: {}", context.topic(), context.partition(),
                    context.offset(), exception.getMessage(), exception);
            return DeserializationExceptionHandler.Response.resume();
        }
        LOG.warn("Unreadable record {}-{}@{} sent to {}: {}", context.topic(), context.partition(), context.offset(),
                deadLetterTopic, exception.getMessage());
        return DeserializationExceptionHandler.Response.resume(
                List.of(deadLetter(record.key(), record.value(), context, exception)));
    }

    @Override
    public ProcessingExceptionHandler.Response handleError(ErrorHandlerContext context, Record<?, ?> record,
            Exception exception) {
        if (isRetriable(exception)) {
            LOG.warn("Cannot process a record of {} now, will retry: {}", context.topic(), exception.getMessage());
            return ProcessingExceptionHandler.Response.fail();
        }
        if (context.topic() == null) {
            // A punctuation (the cost reminder check) has no record to dead-letter. Failing aborts its transaction,
            // so no reminder is half sent, and the replaced stream thread checks again.
            LOG.error("Punctuation of {} failed in task {}", context.processorNodeId(), context.taskId(), exception);
            return ProcessingExceptionHandler.Response.fail();
        }
        if (exception instanceof UnprocessableRecordException) {
            LOG.warn("Unprocessable record {}-{}@{} sent to {}: {}", context.topic(), context.partition(),
                    context.offset(), deadLetterTopic, exception.getMessage());
        } else {
            LOG.error("Processing failed for record {}-{}@{}, sent to {}", context.topic(), context.partition(),
                    context.offset(), deadLetterTopic, exception);
        }
        return ProcessingExceptionHandler.Response.resume(
                List.of(deadLetter(context.sourceRawKey(), context.sourceRawValue(), context, exception)));
    }

    private ProducerRecord<byte[], byte[]> deadLetter(byte[] key, byte[] value, ErrorHandlerContext context,
            Exception exception) {
        return deadLetter(deadLetterTopic, key, value, context.timestamp(), context.headers(),
                new Origin(context.topic(), context.partition(), context.offset()), exception);
    }

    /** The dead letter of a record from {@code origin}: its bytes, timestamp and headers, and the reason. */
    static ProducerRecord<byte[], byte[]> deadLetter(String deadLetterTopic, byte[] key, byte[] value, long timestamp,
            Headers original, Origin origin, Exception exception) {
        ProducerRecord<byte[], byte[]> deadLetter = new ProducerRecord<>(deadLetterTopic, null, timestamp, key, value);
        Headers headers = deadLetter.headers();
        for (Header header : original) {
            headers.add(header);
        }
        headers.add(MESSAGE, text(String.valueOf(exception.getMessage())));
        headers.add(EXCEPTION, text(exception.getClass().getName()));
        headers.add(TOPIC, text(origin.topic()));
        headers.add(PARTITION, text(String.valueOf(origin.partition())));
        headers.add(OFFSET, text(String.valueOf(origin.offset())));
        return deadLetter;
    }

    /** Where a dead-lettered record was read: what the {@code __streams.errors.*} origin headers say. */
    record Origin(String topic, int partition, long offset) {
    }

    private static boolean isGlobal(ErrorHandlerContext context) {
        return context.taskId() == null || context.taskId().subtopology() < 0;
    }

    private static boolean isRetriable(Throwable exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof RetriableException) {
                return true;
            }
        }
        return false;
    }

    private static byte[] text(String value) {
        return value.getBytes(StandardCharsets.UTF_8);
    }
}
