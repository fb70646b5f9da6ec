package org.studiebro.reference.seatowner;

import java.time.Clock;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.StreamsBuilderFactoryBean;
import org.springframework.kafka.config.StreamsBuilderFactoryBeanConfigurer;
import org.studiebro.reference.streams.PartyStreams;

@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty(name = "studiebro.seat-owner.enabled", matchIfMissing = true)
class SeatOwnerConfiguration {

    @Bean
    StreamsBuilderFactoryBean seatOwnerStreams(KafkaProperties kafka, SeatOwnerProperties properties, Clock clock,
            ObjectProvider<StreamsBuilderFactoryBeanConfigurer> configurers) {
        var topology = new SeatOwnerTopology(properties, PartyStreams.serdeConfig(kafka), clock);
        return PartyStreams.factory(kafka, properties.applicationId(), configurers, topology::build);
    }
}
