package org.studiebro.serde;

import java.util.HashMap;
import java.util.Map;

import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

/**
 * A typed serde of generated Avro classes, like Confluent's SpecificAvroSerde: {@code specific.avro.reader} is
 * always true. The type parameter is a promise of the caller's: the deserializer returns the class that the
 * writer schema names, so a topic must carry records of type {@code T} (or of a schema with T's full name).
 */
public class SpecificAvroSerde<T extends SpecificRecord> implements Serde<T> {

    private final AvroSerde inner;

    /** For Kafka, which instantiates by class name and then calls {@link #configure}. */
    public SpecificAvroSerde() {
        this.inner = new AvroSerde();
    }

    /** With a client of its own choosing; {@link #configure} is then optional and needs no registry URL. */
    public SpecificAvroSerde(SchemaRegistryClient registry) {
        this.inner = new AvroSerde(registry);
        this.inner.configure(Map.of(AvroSerdeConfig.SPECIFIC_AVRO_READER, true), false);
    }

    @Override
    public void configure(Map<String, ?> configs, boolean isKey) {
        Map<String, Object> specific = new HashMap<>(configs);
        specific.put(AvroSerdeConfig.SPECIFIC_AVRO_READER, true);
        inner.configure(specific, isKey);
    }

    @Override
    @SuppressWarnings("unchecked")
    public Serializer<T> serializer() {
        return (Serializer<T>) (Serializer<?>) inner.serializer();
    }

    @Override
    @SuppressWarnings("unchecked")
    public Deserializer<T> deserializer() {
        return (Deserializer<T>) (Deserializer<?>) inner.deserializer();
    }

    @Override
    public void close() {
        inner.close();
    }
}
