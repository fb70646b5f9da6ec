package org.studiebro.serde;

/** Confluent's default subject naming: {@code <topic>-key} and {@code <topic>-value}. */
final class TopicNameStrategy {

    private TopicNameStrategy() {
    }

    static String subject(String topic, boolean isKey) {
        if (topic == null || topic.isBlank()) {
            throw new org.apache.kafka.common.errors.SerializationException(
                    "Cannot name the subject: no topic given (TopicNameStrategy needs <topic>-key or <topic>-value)");
        }
        return topic + (isKey ? "-key" : "-value");
    }
}
