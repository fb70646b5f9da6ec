package org.studiebro.serde;

import java.util.HashMap;
import java.util.Map;

import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.Serializer;
import org.studiebro.schemas.Service;
import org.studiebro.schemas.Topic;

/**
 * Serializers and deserializers typed by a {@link org.studiebro.schemas.TopicRegistry} topic, as Confluent's
 * {@code Topic<K, V>} hands out its serdes: a producer of the wrong value type does not compile, a serializer used
 * on another topic refuses the record, and a service that is not the topic's writer cannot make its serializer.
 */
public final class TopicSerdes {

    private TopicSerdes() {
    }

    /**
     * The value serializer of one topic (or family) for the service named by {@link AvroSerdeConfig#WRITER} in
     * {@code config}, configured with it (the registry URL and the other serde keys). Fails here, when the producer
     * is made, with a {@link NotTheWriterException} if no writer is named or another service writes the topic.
     */
    public static <K, V extends SpecificRecord> Serializer<V> serializerFor(Topic<K, V> topic, Map<String, ?> config) {
        Service writer = AvroSerdeConfig.parse(config).writer();
        if (writer == null) {
            throw new NotTheWriterException("a serializer for " + topic + " is made for its writer, "
                    + topic.writer() + ": set " + AvroSerdeConfig.WRITER + " to the service's name");
        }
        SingleWriter.check(writer, topic, topic.toString());
        AvroSerializer avro = new AvroSerializer();
        avro.configure(config, false);
        return new TopicSerializer<>(topic, avro);
    }

    /** The key serializer of a topic's key type (Kafka's own for String, Long and the like). */
    public static <K> Serializer<K> keySerializerFor(Topic<K, ?> topic) {
        return Serdes.serdeFrom(topic.keyType()).serializer();
    }

    /**
     * The value deserializer of one topic (or family): generated classes, and a record whose writer schema is not
     * the topic's contract fails as unreadable ({@link AvroSerdeConfig#TOPIC_CONTRACT_CHECK}), so what it returns is
     * a {@code V}. Anyone may read a topic, so it needs no writer.
     */
    public static <K, V extends SpecificRecord> Deserializer<V> deserializerFor(Topic<K, V> topic,
            Map<String, ?> config) {
        Map<String, Object> typed = new HashMap<>(config);
        typed.put(AvroSerdeConfig.SPECIFIC_AVRO_READER, true);
        typed.put(AvroSerdeConfig.TOPIC_CONTRACT_CHECK, true);
        AvroDeserializer avro = new AvroDeserializer();
        avro.configure(typed, false);
        return new TopicDeserializer<>(topic, avro);
    }

    private static void requireTopic(Topic<?, ?> topic, String name) {
        if (!topic.matches(name)) {
            throw new SerializationException("the serde of " + topic + " (" + topic.valueType().getSimpleName()
                    + ") was used on topic " + name);
        }
    }

    private record TopicSerializer<V extends SpecificRecord>(Topic<?, V> topic, AvroSerializer avro)
            implements Serializer<V> {

        @Override
        public byte[] serialize(String name, V value) {
            requireTopic(topic, name);
            return avro.serialize(name, value);
        }

        @Override
        public void close() {
            avro.close();
        }
    }

    private record TopicDeserializer<V extends SpecificRecord>(Topic<?, V> topic, AvroDeserializer avro)
            implements Deserializer<V> {

        @Override
        public V deserialize(String name, byte[] data) {
            requireTopic(topic, name);
            return topic.valueType().cast(avro.deserialize(name, data));
        }

        @Override
        public void close() {
            avro.close();
        }
    }
}
