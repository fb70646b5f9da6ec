package org.studiebro.notification.municipality;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.studiebro.notification.replay.TopicReplay;
import org.studiebro.notification.replay.TopicReplays;
import org.studiebro.schemas.Topics;

@Configuration(proxyBeanMethods = false)
class MunicipalityReplayConfiguration {

    @Bean
    TopicReplay municipalityReplay(TopicReplays replays, MunicipalityDirectory directory) {
        return replays.of(Topics.REFERENCE_MUNICIPALITIES, directory::apply);
    }
}
