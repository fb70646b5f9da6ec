package org.studiebro.notification.dispatched;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.stereotype.Component;
import org.studiebro.events.NotificationChannel;
import org.studiebro.events.NotificationDispatched;
import org.studiebro.events.RecipientKind;

/**
 * Every notification Studiebro has delivered, as notifications.dispatched records it, kept in a {@link DispatchedStore}
 * off the heap: which deliveries of a status event are done, and what each application's learner and municipality
 * were sent, and when each learner (by address) was last e-mailed. Filled from the topic at start and as it grows, and by the delivery itself when its transaction commits;
 * a record seen twice (same event id) counts once.
 */
@Component
public class DispatchedNotifications {

    private static final byte[] PRESENT = new byte[0];

    private final DispatchedStore store;

    DispatchedNotifications(DispatchedStore store) {
        this.store = store;
    }

    /** Synchronized so that two copies of one record, from the topic and from the delivery, cannot both be added. */
    public synchronized void add(NotificationDispatched dispatched) {
        String eventKey = "e/" + dispatched.getMetadata().getEventId();
        if (store.contains(eventKey)) {
            return;
        }
        Map<String, byte[]> entries = new HashMap<>(Map.of(
                eventKey, PRESENT,
                deliveryKey(Delivery.of(dispatched)), PRESENT,
                applicationKey(dispatched), encode(dispatched)));
        if (dispatched.getRecipientKind() == RecipientKind.LEARNER
                && dispatched.getChannel() == NotificationChannel.EMAIL) {
            // The topic's partitions are read in no common order: keep the latest time, not the last one read.
            Instant at = dispatched.getMetadata().getOccurredAt();
            if (lastLearnerMail(dispatched.getRecipient()).filter(last -> !last.isBefore(at)).isEmpty()) {
                entries.put(learnerKey(dispatched.getRecipient()), ByteBuffer.allocate(Long.BYTES)
                        .putLong(at.toEpochMilli()).array());
            }
        }
        store.write(entries);
    }

    /** When the learner at the address was last e-mailed, if ever: what the reserve-move period counts from. */
    public Optional<Instant> lastLearnerMail(String address) {
        return Optional.ofNullable(store.get(learnerKey(address)))
                .map(millis -> Instant.ofEpochMilli(ByteBuffer.wrap(millis).getLong()));
    }

    public boolean contains(Delivery delivery) {
        return store.contains(deliveryKey(delivery));
    }

    /** What was sent about the application, oldest first. */
    public List<NotificationDispatched> forApplication(String applicationId) {
        return store.valuesStartingWith(applicationPrefix(applicationId)).stream()
                .map(DispatchedNotifications::decode)
                // An application id with a '/' could share the prefix of another's.
                .filter(dispatched -> dispatched.getApplicationId().equals(applicationId))
                .toList();
    }

    /** A record of notifications.dispatched; anything else on it throws, so that it is dead-lettered. */
    void apply(ConsumerRecord<Object, Object> record) {
        if (!(record.value() instanceof NotificationDispatched dispatched)) {
            throw new IllegalArgumentException("Not a NotificationDispatched on " + record.topic() + ": "
                    + (record.value() == null ? "no value" : record.value().getClass().getName()));
        }
        add(dispatched);
    }

    private static String learnerKey(String address) {
        return "l/" + address.toLowerCase(Locale.ROOT);
    }

    private static String deliveryKey(Delivery delivery) {
        return "d/" + delivery.statusEventId() + "/" + delivery.recipientKind() + "/" + delivery.channel();
    }

    /** Ordered by the time of delivery, then event id, within the application's prefix. */
    private static String applicationKey(NotificationDispatched dispatched) {
        long millis = dispatched.getMetadata().getOccurredAt().toEpochMilli();
        // Flipping the sign bit makes the unsigned hex digits sort as the signed times do.
        return applicationPrefix(dispatched.getApplicationId()) + "%016x".formatted(millis ^ Long.MIN_VALUE) + "/"
                + dispatched.getMetadata().getEventId();
    }

    private static String applicationPrefix(String applicationId) {
        return "a/" + applicationId + "/";
    }

    private static byte[] encode(NotificationDispatched dispatched) {
        try {
            ByteBuffer buffer = dispatched.toByteBuffer();
            byte[] bytes = new byte[buffer.remaining()];
            buffer.get(bytes);
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not encode a dispatched notification", e);
        }
    }

    private static NotificationDispatched decode(byte[] bytes) {
        try {
            return NotificationDispatched.fromByteBuffer(ByteBuffer.wrap(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not decode a dispatched notification", e);
        }
    }
}
