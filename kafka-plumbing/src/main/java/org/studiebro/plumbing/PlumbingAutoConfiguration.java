package org.studiebro.plumbing;

import org.apache.kafka.streams.KafkaStreams;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.StreamsBuilderFactoryBeanConfigurer;
import org.springframework.kafka.support.ProducerListener;
import org.studiebro.plumbing.deadletter.DeadLetterPublisher;
import org.studiebro.plumbing.streams.SinkWriters;
import org.studiebro.schemas.Service;
import org.studiebro.schemas.Topics;

/**
 * Wires a service's dead letters from {@code studiebro.plumbing.service} and Boot's {@code spring.kafka.*}: one
 * {@link DeadLetterPublisher} to dead-letters.&lt;service&gt; that writes each record once, for every listener
 * container and every view of the service; and refuses to start a Kafka Streams application of the service that
 * writes another service's topic.
 */
@AutoConfiguration(after = KafkaAutoConfiguration.class)
@ConditionalOnProperty(prefix = "studiebro.plumbing", name = "service")
@EnableConfigurationProperties(PlumbingProperties.class)
public class PlumbingAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    DeadLetterPublisher deadLetterPublisher(PlumbingProperties properties, KafkaProperties kafka,
            ObjectProvider<ProducerListener<Object, Object>> producerListener) {
        return DeadLetterPublisher.once(Topics.deadLetters(properties.service()), kafka.buildProducerProperties(),
                kafka.buildConsumerProperties(), producerListener.getIfAvailable());
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(KafkaStreams.class)
    static class StreamsWriters {

        @Bean
        StreamsBuilderFactoryBeanConfigurer sinkWritersCheck(PlumbingProperties properties) {
            Service writer = Service.named(properties.service()).orElseThrow(() -> new IllegalStateException(
                    "studiebro.plumbing.service names no service of the topic registry: " + properties.service()));
            return factoryBean -> factoryBean.setKafkaStreamsCustomizer(SinkWriters.checking(writer));
        }
    }
}
