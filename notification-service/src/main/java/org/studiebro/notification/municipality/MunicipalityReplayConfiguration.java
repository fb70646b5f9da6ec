package org.studiebro.notification.municipality;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.ConsumerFactory;
import org.studiebro.notification.replay.TopicReplay;
import org.studiebro.schemas.Topics;

@Configuration(proxyBeanMethods = false)
class MunicipalityReplayConfiguration {

    @Bean
    TopicReplay municipalityReplay(ConsumerFactory<Object, Object> consumers, MunicipalityDirectory directory) {
        return new TopicReplay(Topics.REFERENCE_MUNICIPALITIES, consumers, directory::apply);
    }
}
