package org.studiebro.reference.municipality;

import java.time.Clock;

import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.StreamsBuilderFactoryBean;
import org.springframework.kafka.config.StreamsBuilderFactoryBeanConfigurer;
import org.studiebro.reference.streams.PartyStreams;
import org.studiebro.reference.web.DecisionCommands;
import org.studiebro.reference.web.PartyStores;

@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty(name = "studiebro.municipality.enabled", matchIfMissing = true)
class MunicipalityConfiguration {

    @Bean
    StreamsBuilderFactoryBean municipalityStreams(KafkaProperties kafka, MunicipalityProperties properties,
            Clock clock, ObjectProvider<StreamsBuilderFactoryBeanConfigurer> configurers) {
        var topology = new MunicipalityTopology(properties, PartyStreams.serdeConfig(kafka), clock);
        return PartyStreams.factory(kafka, properties.applicationId(), configurers, topology::build);
    }

    @Bean
    NewTopic manualCostDecisionsTopic(MunicipalityProperties properties) {
        return DecisionCommands.newTopic(properties.applicationId());
    }

    @Bean
    DecisionCommands<ManualCostDecision> manualCostDecisions(KafkaProperties kafka,
            MunicipalityProperties properties) {
        return new DecisionCommands<>(kafka, properties.applicationId(), ManualCostDecision.class);
    }

    @Bean
    PendingCostRequests pendingCostRequests(@Qualifier("municipalityStreams") StreamsBuilderFactoryBean streams) {
        return new PendingCostRequests(new PartyStores(streams));
    }
}
