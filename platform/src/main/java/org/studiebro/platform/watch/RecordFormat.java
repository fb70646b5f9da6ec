package org.studiebro.platform.watch;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.serialization.Deserializer;
import org.studiebro.schemas.Topics;

/**
 * One record as one line: {@code time topic partition@offset key type value}, the time in UTC with milliseconds so
 * that lines line up, the value as masked JSON. A dead letter shows its origin, reason and bytes instead; a value
 * that cannot be decoded shows why and its bytes, and the watch goes on.
 */
final class RecordFormat {

    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private final Deserializer<Object> values;

    RecordFormat(Deserializer<Object> values) {
        this.values = values;
    }

    String line(ConsumerRecord<String, byte[]> record) {
        return TIME.format(Instant.ofEpochMilli(record.timestamp())) + " " + record.topic() + " "
                + record.partition() + "@" + record.offset() + " " + (record.key() == null ? "-" : record.key())
                + " " + value(record);
    }

    private String value(ConsumerRecord<String, byte[]> record) {
        if (record.topic().startsWith(Topics.DEAD_LETTERS_PREFIX)) {
            return "DeadLetter " + DeadLetterText.render(record.headers(), record.value());
        }
        Object value;
        try {
            value = values.deserialize(record.topic(), record.headers(), record.value());
        } catch (RuntimeException e) {
            return "Undecodable reason=\"" + RawText.escape(String.valueOf(e.getMessage())) + "\" value("
                    + record.value().length + " bytes)=\"" + RawText.escape(record.value()) + "\"";
        }
        return EventType.of(value) + " " + MaskedJson.write(value);
    }
}
