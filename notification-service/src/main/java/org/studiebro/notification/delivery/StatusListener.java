package org.studiebro.notification.delivery;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import org.studiebro.events.ApplicationStatusChanged;
import org.studiebro.schemas.Topics;

/**
 * Consumes applications.status in the consumer group of spring.kafka.consumer.group-id (notification-service),
 * read_committed, one Kafka transaction per record (Boot's KafkaTransactionManager). It does not start with the
 * context: {@link StatusListenerStarter} starts it once the views it deduplicates against are rebuilt.
 */
@Component
class StatusListener {

    static final String ID = "status-listener";

    private final StatusDelivery delivery;

    StatusListener(StatusDelivery delivery) {
        this.delivery = delivery;
    }

    @KafkaListener(id = ID, idIsGroup = false, topics = Topics.APPLICATIONS_STATUS, autoStartup = "false")
    void onStatusChanged(ApplicationStatusChanged event) {
        delivery.deliver(event);
    }
}
