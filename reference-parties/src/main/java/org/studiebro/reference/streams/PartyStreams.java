package org.studiebro.reference.streams;

import java.time.Duration;
import java.util.Map;
import java.util.function.Consumer;

import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.kafka.config.KafkaStreamsConfiguration;
import org.springframework.kafka.config.KafkaStreamsInfrastructureCustomizer;
import org.springframework.kafka.config.StreamsBuilderFactoryBean;
import org.springframework.kafka.config.StreamsBuilderFactoryBeanConfigurer;
import org.springframework.kafka.core.CleanupConfig;

/**
 * One Kafka Streams application per party, each configured from spring.kafka.* (streams properties, exactly-once,
 * dead letters) and its own application id, so that the seat owner and the municipality keep separate consumer
 * groups, state and transactions, just as two real outside parties would.
 */
public final class PartyStreams {

    private static final Duration RETRY_PAUSE = Duration.ofSeconds(2);

    private PartyStreams() {
    }

    public static StreamsBuilderFactoryBean factory(KafkaProperties kafka, String applicationId,
            ObjectProvider<StreamsBuilderFactoryBeanConfigurer> configurers, Consumer<StreamsBuilder> topology) {
        Map<String, Object> config = kafka.buildStreamsProperties();
        config.put(StreamsConfig.APPLICATION_ID_CONFIG, applicationId);
        KafkaProperties.Cleanup cleanup = kafka.getStreams().getCleanup();
        StreamsBuilderFactoryBean factory = new StreamsBuilderFactoryBean(new KafkaStreamsConfiguration(config),
                new CleanupConfig(cleanup.isOnStartup(), cleanup.isOnShutdown()));
        factory.setAutoStartup(kafka.getStreams().isAutoStartup());
        factory.setStreamsUncaughtExceptionHandler(new TransientFailureRetry(RETRY_PAUSE));
        factory.setInfrastructureCustomizer(new KafkaStreamsInfrastructureCustomizer() {
            @Override
            public void configureBuilder(StreamsBuilder builder) {
                topology.accept(builder);
            }
        });
        // Boot's configurers (metrics) are otherwise applied only to the single @EnableKafkaStreams builder.
        configurers.orderedStream().forEach(configurer -> configurer.configure(factory));
        return factory;
    }

    /** What the registry serdes are configured with: the Confluent keys under spring.kafka.properties. */
    public static Map<String, Object> serdeConfig(KafkaProperties kafka) {
        return kafka.buildStreamsProperties();
    }
}
