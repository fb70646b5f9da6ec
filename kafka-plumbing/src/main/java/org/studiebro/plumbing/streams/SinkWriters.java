package org.studiebro.plumbing.streams;

import java.util.Properties;

import org.apache.kafka.streams.KafkaClientSupplier;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.TopologyDescription;
import org.springframework.kafka.config.KafkaStreamsCustomizer;
import org.studiebro.schemas.Service;
import org.studiebro.serde.SingleWriter;

/**
 * Refuses, before a Kafka Streams application starts, a topology that writes a topic another service is the one
 * writer of. Checked on the topology's sinks rather than in the serializer, because Streams also serializes state
 * store values under their source topic's name: a global store of catalog.course-events is read, not written.
 * Sinks that pick their topic per record (a party's own topic) are checked by the broker's ACLs instead.
 */
public final class SinkWriters {

    private SinkWriters() {
    }

    public static void check(Topology topology, Service writer) {
        for (TopologyDescription.Subtopology subtopology : topology.describe().subtopologies()) {
            for (TopologyDescription.Node node : subtopology.nodes()) {
                if (node instanceof TopologyDescription.Sink sink && sink.topic() != null) {
                    SingleWriter.check(writer, sink.topic());
                }
            }
        }
    }

    /**
     * For a Spring-built Streams application: the check where the factory bean creates its KafkaStreams from the
     * finished topology (services build their topologies in infrastructure customizers of their own).
     */
    public static KafkaStreamsCustomizer checking(Service writer) {
        return new KafkaStreamsCustomizer() {
            @Override
            public KafkaStreams initKafkaStreams(Topology topology, Properties properties,
                    KafkaClientSupplier clientSupplier) {
                check(topology, writer);
                return KafkaStreamsCustomizer.super.initKafkaStreams(topology, properties, clientSupplier);
            }

            @Override
            public void customize(KafkaStreams kafkaStreams) {
            }
        };
    }
}
