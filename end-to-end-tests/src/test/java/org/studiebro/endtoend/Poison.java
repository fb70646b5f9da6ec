package org.studiebro.endtoend;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.studiebro.events.ProviderRegistered;
import org.studiebro.schemas.Events;
import org.studiebro.schemas.Topics;
import org.studiebro.serde.AvroSerializer;
import org.studiebro.testsupport.SharedInfrastructure;

/**
 * Records no service can use, written straight into a topic, one of each kind on every partition, so that whatever
 * a service reads afterwards on any partition comes after poison.
 */
record Poison(Kind kind, String topic, int partition, long offset, byte[] value) {

    enum Kind {
        /** Not Confluent's wire format at all. */
        NOT_AVRO,
        /** The magic byte, then a schema id the registry does not know. */
        UNKNOWN_SCHEMA_ID,
        /** A valid record of a schema registered for another topic (reference.providers, which no service reads). */
        OTHER_TOPICS_SCHEMA
    }

    private static final byte[] NOT_AVRO_BYTES = "{\"applicationId\": \"poison\"}".getBytes(StandardCharsets.UTF_8);
    private static final byte[] UNKNOWN_SCHEMA_ID_BYTES = {0, 0x7f, 0x7e, 0x7d, 0x7c, 2, 4, 6};

    /** Writes every kind of poison on every partition of each topic and returns what was written where. */
    static List<Poison> inject(SharedInfrastructure infrastructure, List<String> topics, String run) {
        Map<String, Object> config = infrastructure.kafkaClientConfig().with(Map.of(
                "schema.registry.url", infrastructure.schemaRegistryUrl(), "auto.register.schemas", false));
        AvroSerializer avro = new AvroSerializer();
        avro.configure(config, false);
        byte[] otherTopicsRecord = avro.serialize(Topics.REFERENCE_PROVIDERS, ProviderRegistered.newBuilder()
                .setMetadata(Events.metadata("poison-" + run, null, "end-to-end-test", Instant.now()))
                .setProviderId("poison-" + run).setName("Poison").setMunicipality("se-0180").build());
        List<Poison> written = new ArrayList<>();
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(config, new StringSerializer(),
                new ByteArraySerializer())) {
            for (String topic : topics) {
                for (PartitionInfo partition : producer.partitionsFor(topic)) {
                    written.add(write(producer, Kind.NOT_AVRO, topic, partition.partition(), NOT_AVRO_BYTES, run));
                    written.add(write(producer, Kind.UNKNOWN_SCHEMA_ID, topic, partition.partition(),
                            UNKNOWN_SCHEMA_ID_BYTES, run));
                    written.add(write(producer, Kind.OTHER_TOPICS_SCHEMA, topic, partition.partition(),
                            otherTopicsRecord, run));
                }
            }
        }
        return written;
    }

    private static Poison write(KafkaProducer<String, byte[]> producer, Kind kind, String topic, int partition,
            byte[] value, String run) {
        // Compacted topics refuse records without a key.
        String key = "poison-" + run + "-" + kind.name().toLowerCase() + "-" + partition;
        try {
            RecordMetadata sent = producer.send(new ProducerRecord<>(topic, partition, key, value)).get();
            return new Poison(kind, topic, partition, sent.offset(), value);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while writing poison to " + topic, e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("cannot write poison to " + topic + "-" + partition, e);
        }
    }

    @Override
    public String toString() {
        return kind + " at " + topic + "-" + partition + "@" + offset;
    }
}
