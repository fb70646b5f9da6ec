package org.studiebro.reference.seatowner;

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
import org.studiebro.events.CourseEventPublished;
import org.studiebro.reference.streams.EventSerde;
import org.studiebro.reference.streams.PartyStreams;
import org.studiebro.reference.web.DecisionCommands;
import org.studiebro.reference.web.PartyStores;

@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty(name = "studiebro.seat-owner.enabled", matchIfMissing = true)
class SeatOwnerConfiguration {

    @Bean
    StreamsBuilderFactoryBean seatOwnerStreams(KafkaProperties kafka, SeatOwnerProperties properties, Clock clock,
            ObjectProvider<StreamsBuilderFactoryBeanConfigurer> configurers) {
        var topology = new SeatOwnerTopology(properties, PartyStreams.serdeConfig(kafka), clock);
        return PartyStreams.factory(kafka, properties.applicationId(), configurers, topology::build);
    }

    @Bean
    NewTopic manualSeatDecisionsTopic(SeatOwnerProperties properties) {
        return DecisionCommands.newTopic(properties.applicationId());
    }

    @Bean
    DecisionCommands<ManualSeatDecision> manualSeatDecisions(KafkaProperties kafka, SeatOwnerProperties properties) {
        return new DecisionCommands<>(kafka, properties.applicationId(), ManualSeatDecision.class);
    }

    @Bean
    PendingSeatRequests pendingSeatRequests(@Qualifier("seatOwnerStreams") StreamsBuilderFactoryBean streams,
            KafkaProperties kafka) {
        return new PendingSeatRequests(new PartyStores(streams),
                new EventSerde<>(CourseEventPublished.class, PartyStreams.serdeConfig(kafka)).deserializer());
    }
}
