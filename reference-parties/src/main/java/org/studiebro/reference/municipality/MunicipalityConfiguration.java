package org.studiebro.reference.municipality;

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
@ConditionalOnBooleanProperty(name = "studiebro.municipality.enabled", matchIfMissing = true)
class MunicipalityConfiguration {

    @Bean
    StreamsBuilderFactoryBean municipalityStreams(KafkaProperties kafka, MunicipalityProperties properties,
            Clock clock, ObjectProvider<StreamsBuilderFactoryBeanConfigurer> configurers) {
        var topology = new MunicipalityTopology(properties, PartyStreams.serdeConfig(kafka), clock);
        return PartyStreams.factory(kafka, properties.applicationId(), configurers, topology::build);
    }
}
