package org.studiebro.serde;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import org.apache.avro.generic.GenericContainer;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.serialization.Serializer;
import org.studiebro.schemas.Service;

/**
 * Dead-letter topics hold the original bytes, so they need no subject of their own. A record that could not be
 * deserialized arrives here as those bytes; one that was deserialized but could not be processed is written
 * again in the wire format of the topic it came from (same subject, same schema id), named by the
 * {@value #ORIGINAL_TOPIC_HEADER} header that Spring Kafka's dead-letter recoverer sets. A record of a type its
 * topic's subject does not know (written to the wrong topic) cannot be framed that way: it is written as Avro's
 * JSON text, marked by the header {@value #FORMAT_HEADER}, rather than blocking the stream behind a dead letter
 * that can never be sent. Consumers that set {@value AvroSerdeConfig#TOPIC_CONTRACT_CHECK} never get such a record
 * of a topic with a contract (it fails to deserialize and keeps its bytes); it still comes from topics without
 * one, such as a replay topic, and from consumers without the check.
 */
public class DeadLetterSerializer implements Serializer<Object> {

    /** Spring Kafka's KafkaHeaders.DLT_ORIGINAL_TOPIC, spelled out so this module needs no Spring. */
    public static final String ORIGINAL_TOPIC_HEADER = "kafka_dlt-original-topic";
    public static final String FORMAT_HEADER = "studiebro-dead-letter-format";

    private final AvroSerializer avro = new AvroSerializer();
    private Service writer;

    @Override
    public void configure(Map<String, ?> configs, boolean isKey) {
        // A dead letter takes its original topic's wire format but goes to the writer's own dead-letter topic:
        // the single-writer check is for that topic, not for the original one.
        writer = AvroSerdeConfig.parse(configs).writer();
        Map<String, Object> originalFormat = new HashMap<>(configs);
        originalFormat.remove(AvroSerdeConfig.WRITER);
        avro.configure(originalFormat, isKey);
    }

    @Override
    public byte[] serialize(String topic, Object data) {
        return serialize(topic, null, data);
    }

    @Override
    public byte[] serialize(String topic, Headers headers, Object data) {
        if (writer != null) {
            SingleWriter.check(writer, topic);
        }
        if (data == null || data instanceof byte[]) {
            return (byte[]) data;
        }
        Header originalTopic = headers == null ? null : headers.lastHeader(ORIGINAL_TOPIC_HEADER);
        if (originalTopic == null) {
            throw new SerializationException("A dead letter without the " + ORIGINAL_TOPIC_HEADER
                    + " header cannot be written in its original wire format");
        }
        try {
            return avro.serialize(new String(originalTopic.value(), StandardCharsets.UTF_8), data);
        } catch (SchemaRegistryException notRegisteredThere) {
            if (!(data instanceof GenericContainer)) {
                throw notRegisteredThere;
            }
            headers.add(FORMAT_HEADER, "avro-json".getBytes(StandardCharsets.UTF_8));
            return data.toString().getBytes(StandardCharsets.UTF_8);
        }
    }

    @Override
    public void close() {
        avro.close();
    }
}
