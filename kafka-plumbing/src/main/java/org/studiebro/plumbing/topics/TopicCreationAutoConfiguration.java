package org.studiebro.plumbing.topics;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;

/** One way for every service to create the topics it writes. */
@AutoConfiguration(after = KafkaAutoConfiguration.class)
@ConditionalOnBean(KafkaProperties.class)
@EnableConfigurationProperties(TopicsProperties.class)
public class TopicCreationAutoConfiguration {

    @Bean
    TopicCreation topicCreation(KafkaProperties kafka, TopicsProperties topics) {
        return new TopicCreation(kafka, topics);
    }
}
