package org.studiebro.plumbing;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.support.ProducerListener;
import org.studiebro.plumbing.deadletter.DeadLetterPublisher;
import org.studiebro.schemas.Topics;

/**
 * Wires a service's dead letters from {@code studiebro.plumbing.service} and Boot's {@code spring.kafka.*}: one
 * {@link DeadLetterPublisher} to dead-letters.&lt;service&gt; that writes each record once, for every listener
 * container and every view of the service.
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
}
