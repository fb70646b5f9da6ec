package org.studiebro.routing.router;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;

import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse;
import org.apache.kafka.streams.kstream.KStream;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.annotation.EnableKafkaStreams;
import org.springframework.kafka.config.KafkaStreamsConfiguration;
import org.springframework.kafka.config.StreamsBuilderFactoryBeanConfigurer;
import org.studiebro.plumbing.deadletter.DeadLetterPublisher;

/** Runs the routing topology with the spring.kafka.streams.* settings. */
@Configuration(proxyBeanMethods = false)
@EnableKafkaStreams
class RoutingStreamsConfiguration {

    @Bean
    KStream<String, SpecificRecord> routingStream(StreamsBuilder builder, KafkaStreamsConfiguration streamsConfiguration,
            Clock clock, RoutingProperties properties, DeadLetterPublisher deadLetters) {
        Map<String, Object> config = new HashMap<>();
        streamsConfiguration.asProperties().forEach((key, value) -> config.put(key.toString(), value));
        return RoutingTopology.build(builder, config, clock, properties, deadLetters);
    }

    /**
     * Unreadable and unprocessable records go to the dead-letter topic (the plumbing's DeadLettering*Handlers); what still
     * reaches here is a failure of the surroundings (registry or broker unreachable), which a new stream thread
     * retries from the last committed transaction.
     */
    @Bean
    StreamsBuilderFactoryBeanConfigurer replaceFailedStreamThreads() {
        return factory -> factory.setStreamsUncaughtExceptionHandler(
                exception -> StreamThreadExceptionResponse.REPLACE_THREAD);
    }
}
