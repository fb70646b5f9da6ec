package org.studiebro.notification.delivery;

import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import org.studiebro.schemas.Topics;

/**
 * Consumes applications.status in the consumer group of spring.kafka.consumer.group-id (notification-service),
 * read_committed, one Kafka transaction per poll batch (Boot's batch listener and KafkaTransactionManager), with
 * spring.kafka.listener.concurrency consumers. It does not start with the context: {@link StatusListenerStarter}
 * starts it once the views it deduplicates against are rebuilt.
 */
@Component
class StatusListener {

    static final String ID = "status-listener";

    private final BatchDelivery delivery;

    StatusListener(BatchDelivery delivery) {
        this.delivery = delivery;
    }

    @KafkaListener(id = ID, idIsGroup = false, topics = Topics.APPLICATIONS_STATUS, autoStartup = "false")
    void onStatusChanged(List<ConsumerRecord<String, Object>> records) {
        delivery.deliver(records);
    }
}
