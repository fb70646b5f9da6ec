package org.studiebro.routing.edge;

import java.util.Properties;

import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.SmartLifecycle;
import org.springframework.kafka.config.KafkaStreamsConfiguration;
import org.springframework.stereotype.Component;
import org.studiebro.plumbing.streams.SinkWriters;
import org.studiebro.routing.StreamsHealth;
import org.studiebro.schemas.Service;

/**
 * Runs the party edge as a Kafka Streams application of its own beside the router, with the same
 * spring.kafka.streams.* settings (exactly_once_v2, the dead-letter handlers) under its own application id. Its own
 * stream thread and transactions: copying to and from a hundred parties' topics never widens or delays the router's
 * transactions. It is down for health when its client has stopped for good.
 */
@Component("partyEdge")
class PartyEdge implements SmartLifecycle, HealthIndicator {

    private final Properties config;
    private volatile KafkaStreams streams;

    PartyEdge(KafkaStreamsConfiguration streamsConfiguration, PartyEdgeProperties properties) {
        this.config = streamsConfiguration.asProperties();
        config.put(StreamsConfig.APPLICATION_ID_CONFIG,
                config.getProperty(StreamsConfig.APPLICATION_ID_CONFIG) + properties.applicationIdSuffix());
        config.put(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, properties.commitInterval().toMillis());
    }

    @Override
    public void start() {
        Topology topology = PartyEdgeTopology.build();
        SinkWriters.check(topology, Service.ROUTING_SERVICE);
        KafkaStreams started = new KafkaStreams(topology, config);
        // As in the router: what still fails the thread is the surroundings (registry, broker), retried by a new one.
        started.setUncaughtExceptionHandler(exception -> StreamThreadExceptionResponse.REPLACE_THREAD);
        started.start();
        streams = started;
    }

    @Override
    public void stop() {
        KafkaStreams running = streams;
        if (running != null) {
            running.close();
            streams = null;
        }
    }

    @Override
    public boolean isRunning() {
        return streams != null;
    }

    @Override
    public Health health() {
        return StreamsHealth.of(streams);
    }
}
