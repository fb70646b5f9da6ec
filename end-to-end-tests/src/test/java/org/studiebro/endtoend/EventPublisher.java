package org.studiebro.endtoend;

import java.util.Map;
import java.util.concurrent.ExecutionException;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.studiebro.serde.AvroSerializer;
import org.studiebro.testsupport.SharedInfrastructure;

/** Writes events to their topics as their writing service would: Avro through the registry, keyed by id. */
final class EventPublisher implements AutoCloseable {

    private final KafkaProducer<String, Object> producer;

    EventPublisher(SharedInfrastructure infrastructure) {
        Map<String, Object> config = infrastructure.kafkaClientConfig().with(Map.of(
                "schema.registry.url", infrastructure.schemaRegistryUrl(), "auto.register.schemas", false));
        AvroSerializer avro = new AvroSerializer();
        avro.configure(config, false);
        producer = new KafkaProducer<>(config, new StringSerializer(), avro);
    }

    /** Returns once the broker has the record. */
    void send(String topic, String key, Object value) {
        try {
            producer.send(new ProducerRecord<>(topic, key, value)).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while publishing to " + topic, e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("cannot publish to " + topic, e);
        }
    }

    @Override
    public void close() {
        producer.close();
    }
}
