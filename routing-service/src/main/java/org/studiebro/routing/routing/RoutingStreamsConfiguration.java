package org.studiebro.routing.routing;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;

import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse;
import org.apache.kafka.streams.kstream.KStream;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.annotation.EnableKafkaStreams;
import org.springframework.kafka.config.KafkaStreamsConfiguration;
import org.springframework.kafka.config.StreamsBuilderFactoryBeanConfigurer;

/** Runs the routing topology with the spring.kafka.streams.* settings. */
@Configuration(proxyBeanMethods = false)
@EnableKafkaStreams
class RoutingStreamsConfiguration {

    @Bean
    KStream<String, SpecificRecord> routingStream(StreamsBuilder builder, KafkaStreamsConfiguration streamsConfiguration,
            Clock clock, RoutingProperties properties, GlobalDeadLetters globalDeadLetters) {
        Map<String, Object> config = new HashMap<>();
        streamsConfiguration.asProperties().forEach((key, value) -> config.put(key.toString(), value));
        return RoutingTopology.build(builder, config, clock, properties, globalDeadLetters);
    }

    /** Closed after Kafka Streams has stopped: lifecycles stop before singletons are destroyed. */
    @Bean
    GlobalDeadLetters globalDeadLetters(KafkaStreamsConfiguration streamsConfiguration, KafkaProperties kafka) {
        Object topic = streamsConfiguration.asProperties().get(StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG);
        if (topic == null) {
            throw new IllegalStateException("spring.kafka.streams.properties."
                    + StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG + " is not set");
        }
        Map<String, Object> connection = new HashMap<>(kafka.buildAdminProperties());
        connection.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG,
                streamsConfiguration.asProperties().get(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG));
        return new GlobalDeadLetters(topic.toString(), connection);
    }

    /**
     * Unreadable and unprocessable records go to the dead-letter topic (DeadLetteringExceptionHandler); what still
     * reaches here is a failure of the surroundings (registry or broker unreachable), which a new stream thread
     * retries from the last committed transaction.
     */
    @Bean
    StreamsBuilderFactoryBeanConfigurer replaceFailedStreamThreads() {
        return factory -> factory.setStreamsUncaughtExceptionHandler(
                exception -> StreamThreadExceptionResponse.REPLACE_THREAD);
    }
}
