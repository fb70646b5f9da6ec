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
import java.util.Set;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.jspecify.annotations.Nullable;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.annotation.PartitionOffset;
import org.springframework.kafka.listener.ConsumerSeekAware;
import org.springframework.stereotype.Component;
import org.studiebro.events.NotificationChannel;
import org.studiebro.events.NotificationDispatched;
import org.studiebro.events.RecipientKind;
import org.studiebro.plumbing.rebuild.CatchUpTracker;
import org.studiebro.plumbing.rebuild.ViewRebuildAutoConfiguration;
import org.studiebro.plumbing.viewstore.ViewStore;
import org.studiebro.plumbing.viewstore.ViewTable;
import org.studiebro.schemas.Topics;

/**
 * Every notification Studiebro has delivered, as notifications.dispatched records it, kept in the {@link ViewStore}
 * off the heap (a region's year is hundreds of thousands of applications, each several notifications): which
 * deliveries of a status event are done, what each application's learner and municipality were sent, and when each
 * learner (by address) was last e-mailed. Read from the topic (all partitions, no consumer group) and kept with the
 * offsets it has applied, so that a restart reads only the records after them; filled also by the delivery itself
 * when its transaction commits. A record seen twice (same event id) counts once.
 */
@Component
public class DispatchedNotifications implements ConsumerSeekAware {

    static final String LISTENER_ID = "dispatched-view";
    private static final byte[] PRESENT = new byte[0];

    private final ViewTable<byte[]> store;

    DispatchedNotifications(ViewStore views, CatchUpTracker tracker) {
        this.store = views.table("notifications-dispatched", Set.of(Topics.NOTIFICATIONS_DISPATCHED));
        tracker.expect(LISTENER_ID, Topics.NOTIFICATIONS_DISPATCHED + ": deliveries made");
    }

    @KafkaListener(id = LISTENER_ID, idIsGroup = false,
            containerFactory = ViewRebuildAutoConfiguration.CONTAINER_FACTORY,
            topicPartitions = @org.springframework.kafka.annotation.TopicPartition(
                    topic = Topics.NOTIFICATIONS_DISPATCHED,
                    partitions = "#{@partitionFinder.partitions('" + Topics.NOTIFICATIONS_DISPATCHED + "')}",
                    partitionOffsets = @PartitionOffset(partition = "*", initialOffset = "0")))
    void onRecord(ConsumerRecord<Object, Object> record) {
        apply(record);
    }

    /** Each partition goes on from its stored position; should this fail, from the offsets 0 above. */
    @Override
    public void onPartitionsAssigned(Map<TopicPartition, Long> assignments, ConsumerSeekCallback callback) {
        store.seekToStoredPositions(assignments.keySet(), callback);
    }

    /** A delivery this process has just made: moves no stored position. */
    public void add(NotificationDispatched dispatched) {
        add(dispatched, null);
    }

    /** Synchronized so that two copies of one record, from the topic and from the delivery, cannot both be added. */
    private synchronized void add(NotificationDispatched dispatched, @Nullable ConsumerRecord<?, ?> applied) {
        String eventKey = "e/" + dispatched.getMetadata().getEventId();
        if (store.contains(eventKey)) {
            store.putAll(Map.of(), applied);
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
        store.putAll(entries, applied);
    }

    /** When the learner at the address was last e-mailed, if ever: what the reserve-move period counts from. */
    public Optional<Instant> lastLearnerMail(String address) {
        return store.get(learnerKey(address))
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
        add(dispatched, record);
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
