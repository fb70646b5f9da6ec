package org.studiebro.notification.dispatched;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.studiebro.notification.replay.TopicReplay;
import org.studiebro.notification.replay.TopicReplays;
import org.studiebro.schemas.Topics;

@Configuration(proxyBeanMethods = false)
class DispatchedReplayConfiguration {

    @Bean
    TopicReplay dispatchedReplay(TopicReplays replays, DispatchedNotifications dispatched) {
        return replays.of(Topics.NOTIFICATIONS_DISPATCHED, dispatched::apply);
    }
}
