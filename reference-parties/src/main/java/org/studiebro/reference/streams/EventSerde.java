package org.studiebro.reference.streams;

import java.util.Map;

import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;
import org.studiebro.serde.AvroSerde;

/**
 * The platform's registry serde (Confluent wire format, subjects by topic name) for one event type. A record of
 * another type on the topic is a poison record: it fails here, in deserialization, and goes to the dead letters.
 */
public final class EventSerde<T extends SpecificRecord> implements Serde<T> {

    private final Class<T> type;
    private final Serde<T> avro;

    public EventSerde(Class<T> type, Map<String, ?> config) {
        this.type = type;
        this.avro = AvroSerde.specific(config);
    }

    @Override
    public Serializer<T> serializer() {
        return avro.serializer();
    }

    @Override
    public Deserializer<T> deserializer() {
        Deserializer<T> deserializer = avro.deserializer();
        return (topic, bytes) -> {
            Object value = deserializer.deserialize(topic, bytes);
            if (value != null && !type.isInstance(value)) {
                throw new SerializationException("expected " + type.getSimpleName() + " on " + topic + ", got "
                        + value.getClass().getSimpleName());
            }
            return type.cast(value);
        };
    }
}
