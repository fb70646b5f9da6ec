package org.studiebro.plumbing.deadletter;

/**
 * The headers in which a dead letter names its origin and reason. Every dead letter is written with Spring Kafka's
 * ({@code kafka_dlt-*}; partition and offset as binary numbers), by listener containers and Kafka Streams' handlers
 * alike. Kafka Streams' own names ({@code __streams.errors.*}, text) are only read: dead letters written before the
 * services shared one writer still carry them, and the operators' tooling lists and replays those too.
 */
public final class DeadLetterHeaderNames {

    public static final String TOPIC = "kafka_dlt-original-topic";
    public static final String PARTITION = "kafka_dlt-original-partition";
    public static final String OFFSET = "kafka_dlt-original-offset";
    public static final String TIMESTAMP = "kafka_dlt-original-timestamp";
    public static final String MESSAGE = "kafka_dlt-exception-message";
    public static final String EXCEPTION = "kafka_dlt-exception-fqcn";
    public static final String STREAMS_TOPIC = "__streams.errors.topic";
    public static final String STREAMS_PARTITION = "__streams.errors.partition";
    public static final String STREAMS_OFFSET = "__streams.errors.offset";
    public static final String STREAMS_MESSAGE = "__streams.errors.message";

    private DeadLetterHeaderNames() {
    }
}
