package org.studiebro.notification.delivery;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.serialization.Serializer;
import org.springframework.kafka.support.KafkaHeaders;
import org.studiebro.schemas.serde.AvroSerializer;

/**
 * Writes a dead letter as the bytes of the original record. A record that could not be read arrives here as those
 * bytes already; one that was read but could not be delivered is written again as Avro under its original topic's
 * subject, which gives the bytes it came with. So the dead-letter topic needs no subject of its own.
 */
public class DeadLetterSerializer implements Serializer<Object> {

    private final AvroSerializer avro = new AvroSerializer();

    @Override
    public void configure(Map<String, ?> configs, boolean isKey) {
        avro.configure(configs, isKey);
    }

    @Override
    public byte[] serialize(String topic, Object data) {
        throw new UnsupportedOperationException("Dead letters are written with their headers");
    }

    @Override
    public byte[] serialize(String topic, Headers headers, Object data) {
        if (data == null || data instanceof byte[]) {
            return (byte[]) data;
        }
        Header originalTopic = headers.lastHeader(KafkaHeaders.DLT_ORIGINAL_TOPIC);
        if (originalTopic == null) {
            throw new IllegalStateException("A dead letter without the " + KafkaHeaders.DLT_ORIGINAL_TOPIC + " header");
        }
        return avro.serialize(new String(originalTopic.value(), StandardCharsets.UTF_8), data);
    }

    @Override
    public void close() {
        avro.close();
    }
}
