package org.studiebro.routing.router;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.kafka.config.StreamsBuilderFactoryBean;
import org.springframework.stereotype.Component;
import org.studiebro.routing.StreamsHealth;

/** Routing is down when its Kafka Streams client has stopped for good ({@link StreamsHealth}). */
@Component("routing")
class RoutingHealthIndicator implements HealthIndicator {

    private final StreamsBuilderFactoryBean streams;

    RoutingHealthIndicator(StreamsBuilderFactoryBean streams) {
        this.streams = streams;
    }

    @Override
    public Health health() {
        return StreamsHealth.of(streams.getKafkaStreams());
    }
}
