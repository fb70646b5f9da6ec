package org.studiebro.notification.delivery;

import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import org.studiebro.schemas.Topics;

/**
 * Consumes replays.notification-service: status events that were dead-lettered (an SMTP server that stayed down
 * longer than studiebro.notification.retry.max-elapsed, say) and that an operator replays once the cause is fixed.
 * Each is delivered exactly as {@link StatusListener} delivers a status event, in the same kind of batch transaction
 * and with the same dead-lettering, and deduplicated by its status event id like any other: a delivery made before is
 * not made again. Its own consumer group, so that a replay waits for no rebalance of the status listener's. Started
 * by {@link StatusListenerStarter} with the status listener.
 */
@Component
class ReplayedStatusListener {

    static final String ID = "replayed-status-listener";
    static final String TOPIC = Topics.REPLAYS_PREFIX + StatusDelivery.PRODUCER;

    private final BatchDelivery delivery;

    ReplayedStatusListener(BatchDelivery delivery) {
        this.delivery = delivery;
    }

    @KafkaListener(id = ID, idIsGroup = false, groupId = "${spring.kafka.consumer.group-id}-replays", topics = TOPIC,
            autoStartup = "false")
    void onReplayed(List<ConsumerRecord<String, Object>> records) {
        delivery.deliver(records);
    }
}
