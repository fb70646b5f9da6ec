package org.studiebro.notification.dispatched;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.ConsumerFactory;
import org.studiebro.notification.replay.TopicReplay;
import org.studiebro.schemas.Topics;

@Configuration(proxyBeanMethods = false)
class DispatchedReplayConfiguration {

    @Bean
    TopicReplay dispatchedReplay(ConsumerFactory<Object, Object> consumers, DispatchedNotifications dispatched) {
        return new TopicReplay(Topics.NOTIFICATIONS_DISPATCHED, consumers, dispatched::apply);
    }
}
