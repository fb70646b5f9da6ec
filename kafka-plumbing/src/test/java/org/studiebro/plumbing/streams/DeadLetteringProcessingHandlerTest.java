package org.studiebro.plumbing.streams;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.TimeoutException;

import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.errors.ProcessingExceptionHandler;
import org.apache.kafka.streams.processor.TaskId;
import org.apache.kafka.streams.processor.api.Record;
import org.junit.jupiter.api.Test;
import org.studiebro.plumbing.deadletter.DeadLetterHeaderNames;

class DeadLetteringProcessingHandlerTest {

    private final DeadLetteringProcessingHandler handler = new DeadLetteringProcessingHandler();

    @Test
    void aFailedPunctuationFailsTheTaskInsteadOfWritingADeadLetter() {
        handler.configure(Map.of(StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG, "dead-letters.test"));

        ProcessingExceptionHandler.Response response = handler.handleError(new Source(null), (Record<?, ?>) null,
                new IllegalStateException("broken"));

        assertThat(response.result()).isEqualTo(ProcessingExceptionHandler.Result.FAIL);
        assertThat(response.deadLetterQueueRecords()).isEmpty();
    }

    @Test
    void anUnprocessableRecordBecomesADeadLetterWithSpringKafkasHeaders() {
        handler.configure(Map.of(StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG, "dead-letters.test"));

        ProcessingExceptionHandler.Response response = handler.handleError(new Source("applications.submitted"),
                new Record<>("key", "value", 0L), new IllegalArgumentException("no such application"));

        assertThat(response.result()).isEqualTo(ProcessingExceptionHandler.Result.RESUME);
        ProducerRecord<byte[], byte[]> deadLetter = response.deadLetterQueueRecords().getFirst();
        assertThat(deadLetter.topic()).isEqualTo("dead-letters.test");
        assertThat(deadLetter.value()).isEqualTo(Source.VALUE);
        assertThat(text(deadLetter, DeadLetterHeaderNames.TOPIC)).isEqualTo("applications.submitted");
        assertThat(text(deadLetter, DeadLetterHeaderNames.MESSAGE)).contains("no such application");
        assertThat(ByteBuffer.wrap(deadLetter.headers().lastHeader(DeadLetterHeaderNames.OFFSET).value()).getLong())
                .isEqualTo(Source.OFFSET);
    }

    @Test
    void aTransientFailureOrAMisconfiguredTopicFailsTheTask() {
        handler.configure(Map.of(StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG, "dead-letters.test"));
        Record<String, String> record = new Record<>("key", "value", 0L);

        assertThat(handler.handleError(new Source("applications.submitted"), record,
                new IllegalStateException(new TimeoutException("registry down"))).result())
                .isEqualTo(ProcessingExceptionHandler.Result.FAIL);
        assertThat(handler.handleError(new Source("seat-requests.x"), record,
                new MisconfiguredTopicException("two partitions")).result())
                .isEqualTo(ProcessingExceptionHandler.Result.FAIL);
    }

    private static String text(ProducerRecord<byte[], byte[]> record, String header) {
        return new String(record.headers().lastHeader(header).value(), StandardCharsets.UTF_8);
    }

    /** What Kafka Streams hands the handler for a record read from {@code topic}, or (no topic) a punctuation. */
    private record Source(String topic) implements ErrorHandlerContext {

        static final long OFFSET = 41L;
        static final byte[] VALUE = "raw".getBytes(StandardCharsets.UTF_8);

        @Override
        public int partition() {
            return topic == null ? -1 : 0;
        }

        @Override
        public long offset() {
            return topic == null ? -1 : OFFSET;
        }

        @Override
        public Headers headers() {
            return new RecordHeaders();
        }

        @Override
        public String processorNodeId() {
            return "router";
        }

        @Override
        public TaskId taskId() {
            return new TaskId(0, 0);
        }

        @Override
        public long timestamp() {
            return 0;
        }

        @Override
        public byte[] sourceRawKey() {
            return topic == null ? null : "key".getBytes(StandardCharsets.UTF_8);
        }

        @Override
        public byte[] sourceRawValue() {
            return topic == null ? null : VALUE;
        }
    }
}
