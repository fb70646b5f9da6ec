package org.studiebro.schemas.deadletters;

/**
 * The headers in which the two dead-letter writers name a dead letter's origin and reason: Spring Kafka's
 * DeadLetterPublishingRecoverer (partition and offset as binary numbers) and Kafka Streams' error handlers (text).
 * The services write them; the services' views and the operators' tooling read them.
 */
public final class DeadLetterHeaderNames {

    public static final String SPRING_TOPIC = "kafka_dlt-original-topic";
    public static final String SPRING_PARTITION = "kafka_dlt-original-partition";
    public static final String SPRING_OFFSET = "kafka_dlt-original-offset";
    public static final String SPRING_TIMESTAMP = "kafka_dlt-original-timestamp";
    public static final String SPRING_MESSAGE = "kafka_dlt-exception-message";
    public static final String STREAMS_TOPIC = "__streams.errors.topic";
    public static final String STREAMS_PARTITION = "__streams.errors.partition";
    public static final String STREAMS_OFFSET = "__streams.errors.offset";
    public static final String STREAMS_MESSAGE = "__streams.errors.message";

    private DeadLetterHeaderNames() {
    }
}
