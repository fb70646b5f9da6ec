package org.studiebro.notification.replay;

import java.util.function.Consumer;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.stereotype.Component;
import org.studiebro.plumbing.deadletter.DeadLetterPublisher;

/** Makes the {@link TopicReplay}s the views are built by, all with the service's consumers and dead letters. */
@Component
public class TopicReplays {

    private final ConsumerFactory<Object, Object> consumers;
    private final DeadLetterPublisher deadLetters;

    TopicReplays(ConsumerFactory<Object, Object> consumers, DeadLetterPublisher deadLetters) {
        this.consumers = consumers;
        this.deadLetters = deadLetters;
    }

    /**
     * @param handler applies a record to the view; throws for a record it cannot use (of another type, say), which
     *                is then dead-lettered
     */
    public TopicReplay of(String topic, Consumer<ConsumerRecord<Object, Object>> handler) {
        return new TopicReplay(topic, consumers, handler, deadLetters);
    }
}
