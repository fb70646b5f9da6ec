package org.studiebro.serde;

import java.util.HashMap;
import java.util.Map;

import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

/**
 * {@link AvroSerializer} and {@link AvroDeserializer} as one Serde, for Kafka Streams'
 * {@code default.value.serde} (Kafka configures it with the application's properties). For typed serdes in a
 * topology use {@link #specific(Map)}: serdes handed to the DSL are not configured by Kafka Streams, the
 * factory does it.
 */
public class AvroSerde implements Serde<Object> {

    private final AvroSerializer serializer;
    private final AvroDeserializer deserializer;

    /** For Kafka, which instantiates by class name and then calls {@link #configure}. */
    public AvroSerde() {
        this.serializer = new AvroSerializer();
        this.deserializer = new AvroDeserializer();
    }

    /** With a client of its own choosing; {@link #configure} is then optional and needs no registry URL. */
    public AvroSerde(SchemaRegistryClient registry) {
        this.serializer = new AvroSerializer(registry);
        this.deserializer = new AvroDeserializer(registry);
    }

    /** A configured value serde of generated classes. */
    public static <T extends SpecificRecord> SpecificAvroSerde<T> specific(Map<String, ?> config) {
        return specific(config, false);
    }

    /** A configured key or value serde of generated classes ({@code specific.avro.reader} is set to true). */
    public static <T extends SpecificRecord> SpecificAvroSerde<T> specific(Map<String, ?> config, boolean isKey) {
        SpecificAvroSerde<T> serde = new SpecificAvroSerde<>();
        serde.configure(config, isKey);
        return serde;
    }

    /** A configured key or value serde of GenericRecords (whatever {@code specific.avro.reader} says). */
    public static AvroSerde generic(Map<String, ?> config, boolean isKey) {
        Map<String, Object> generic = new HashMap<>(config);
        generic.put(AvroSerdeConfig.SPECIFIC_AVRO_READER, false);
        AvroSerde serde = new AvroSerde();
        serde.configure(generic, isKey);
        return serde;
    }

    @Override
    public void configure(Map<String, ?> configs, boolean isKey) {
        serializer.configure(configs, isKey);
        deserializer.configure(configs, isKey);
    }

    @Override
    public Serializer<Object> serializer() {
        return serializer;
    }

    @Override
    public Deserializer<Object> deserializer() {
        return deserializer;
    }

    @Override
    public void close() {
        serializer.close();
        deserializer.close();
    }
}
