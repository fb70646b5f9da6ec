package org.studiebro.platform.watch;

import java.util.Optional;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.record.TimestampType;

/** Consumer records as the watch's consumer hands them out. */
final class Records {

    private Records() {
    }

    static ConsumerRecord<String, byte[]> record(String topic, int partition, long offset, long timestamp, String key,
            byte[] value) {
        return record(topic, partition, offset, timestamp, key, value, new RecordHeaders());
    }

    static ConsumerRecord<String, byte[]> record(String topic, int partition, long offset, long timestamp, String key,
            byte[] value, Headers headers) {
        return new ConsumerRecord<>(topic, partition, offset, timestamp, TimestampType.CREATE_TIME, -1,
                value == null ? -1 : value.length, key, value, headers, Optional.empty());
    }
}
