package org.studiebro.routing.routing;

import org.apache.kafka.streams.KafkaStreams;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.kafka.config.StreamsBuilderFactoryBean;
import org.springframework.stereotype.Component;

/**
 * Routing is down when its Kafka Streams client has stopped for good (a failed global thread, for instance), so
 * that the platform restarts the service instead of leaving applications unrouted.
 */
@Component("routing")
class RoutingHealthIndicator implements HealthIndicator {

    private final StreamsBuilderFactoryBean streams;

    RoutingHealthIndicator(StreamsBuilderFactoryBean streams) {
        this.streams = streams;
    }

    @Override
    public Health health() {
        KafkaStreams kafkaStreams = streams.getKafkaStreams();
        if (kafkaStreams == null) {
            return Health.down().withDetail("state", "NOT_STARTED").build();
        }
        KafkaStreams.State state = kafkaStreams.state();
        Health.Builder health = state.isRunningOrRebalancing() || state == KafkaStreams.State.CREATED
                ? Health.up() : Health.down();
        return health.withDetail("state", state.name()).build();
    }
}
