package org.studiebro.notification.dispatched;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.stereotype.Component;
import org.studiebro.events.NotificationDispatched;

/**
 * Every notification Studiebro has delivered, as notifications.dispatched records it, kept in memory: which
 * deliveries of a status event are done, and what each application's learner and municipality were sent. Filled
 * from the topic at start and as it grows, and by the delivery itself when its transaction commits; a record seen
 * twice (same event id) counts once.
 */
@Component
public class DispatchedNotifications {

    private static final Comparator<NotificationDispatched> BY_TIME = Comparator
            .comparing((NotificationDispatched dispatched) -> dispatched.getMetadata().getOccurredAt())
            .thenComparing(dispatched -> dispatched.getMetadata().getEventId());

    private final Set<String> eventIds = ConcurrentHashMap.newKeySet();
    private final Set<Delivery> deliveries = ConcurrentHashMap.newKeySet();
    private final Map<String, List<NotificationDispatched>> byApplication = new ConcurrentHashMap<>();

    public void add(NotificationDispatched dispatched) {
        if (!eventIds.add(dispatched.getMetadata().getEventId())) {
            return;
        }
        deliveries.add(Delivery.of(dispatched));
        byApplication.computeIfAbsent(dispatched.getApplicationId(), id -> new CopyOnWriteArrayList<>())
                .add(dispatched);
    }

    public boolean contains(Delivery delivery) {
        return deliveries.contains(delivery);
    }

    /** What was sent about the application, oldest first. */
    public List<NotificationDispatched> forApplication(String applicationId) {
        return byApplication.getOrDefault(applicationId, List.of()).stream().sorted(BY_TIME).toList();
    }

    /** A record of notifications.dispatched; anything else on it throws, so that it is dead-lettered. */
    void apply(ConsumerRecord<Object, Object> record) {
        if (!(record.value() instanceof NotificationDispatched dispatched)) {
            throw new IllegalArgumentException("Not a NotificationDispatched on " + record.topic() + ": "
                    + (record.value() == null ? "no value" : record.value().getClass().getName()));
        }
        add(dispatched);
    }
}
