package org.studiebro.platform.deadletters;

import java.time.Instant;

import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * One record of a service's dead-letter topic: the original key and value bytes, where they first arrived and why
 * they could not be read or processed.
 *
 * @param at     where the dead letter is in {@code dead-letters.<service>}
 * @param time   when the original record arrived: Spring's {@code kafka_dlt-original-timestamp}, else the dead
 *               letter's own timestamp (Kafka Streams gives it the original's); a replay keeps it, since the
 *               services judge deadlines by a record's timestamp
 * @param reason why, or null when the dead letter does not say
 * @param stored the dead letter's own timestamp, from which the broker counts its retention
 */
record DeadLetter(String service, Position at, Instant time, byte[] key, byte[] value, Origin origin,
        String reason, Instant stored) {

    static DeadLetter of(String service, ConsumerRecord<byte[], byte[]> record) {
        long time = DeadLetterHeaders.originalTimestamp(record.headers()).orElse(record.timestamp());
        return new DeadLetter(service, new Position(record.partition(), record.offset()), Instant.ofEpochMilli(time),
                record.key(), record.value(), DeadLetterHeaders.origin(record.headers()),
                DeadLetterHeaders.reason(record.headers()), Instant.ofEpochMilli(record.timestamp()));
    }
}
