package org.studiebro.routing;

import org.apache.kafka.streams.KafkaStreams;
import org.springframework.boot.health.contributor.Health;

/**
 * The health of a Kafka Streams client: down when it has not started or has stopped for good (a failed global
 * thread, for instance), so that the platform restarts the service instead of leaving applications unrouted.
 */
public final class StreamsHealth {

    private StreamsHealth() {
    }

    public static Health of(KafkaStreams streams) {
        if (streams == null) {
            return Health.down().withDetail("state", "NOT_STARTED").build();
        }
        KafkaStreams.State state = streams.state();
        Health.Builder health = state.isRunningOrRebalancing() || state == KafkaStreams.State.CREATED
                ? Health.up() : Health.down();
        return health.withDetail("state", state.name()).build();
    }
}
