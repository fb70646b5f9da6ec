package org.studiebro.benchmark.crash;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.studiebro.events.ApplicationStatusChanged;
import org.studiebro.events.ChoiceStatus;
import org.studiebro.events.NotificationChannel;
import org.studiebro.events.NotificationDispatched;
import org.studiebro.events.RecipientKind;
import org.studiebro.events.SeatRequestEvent;
import org.studiebro.events.SeatRequested;
import org.studiebro.infrastructure.KafkaClientConfig;
import org.studiebro.platform.topics.TopicReader;
import org.studiebro.schemas.Topics;
import org.studiebro.serde.AvroDeserializer;

/**
 * Reads the topics the reconciliation needs from the beginning to their end, committed records only (what any
 * next party sees), and feeds them to the {@link Reconciliation}.
 */
final class RecordFeed {

    /** The seat owner's reason for a reserve that only moved on its list (reference-parties' SeatAllocation). */
    private static final String RESERVE_POSITION_CHANGED = "RESERVE_POSITION_CHANGED";

    /** Choice states a choice reaches only once its seat request went out. */
    static final Set<String> ROUTED_CHOICE_STATES = Set.of("SEAT_REQUESTED", "ADMITTED", "RESERVE", "NOT_ELIGIBLE",
            "NOT_ADMITTED");

    private static final String CLIENT_ID = "studiebro-crash-test-reconciliation";

    private final KafkaClientConfig kafka;
    private final String registryUrl;
    private long unreadable;

    RecordFeed(KafkaClientConfig kafka, String registryUrl) {
        this.kafka = kafka;
        this.registryUrl = registryUrl;
    }

    /** Feeds every record of the platform's topics to {@code reconciliation}. */
    void readInto(Reconciliation reconciliation) {
        AvroDeserializer values = new AvroDeserializer();
        values.configure(Map.of("schema.registry.url", registryUrl, "specific.avro.reader", true), false);
        try (TopicReader<String, Object> events = new TopicReader<>(kafka, CLIENT_ID,
                new StringDeserializer(), values)) {
            List<String> topics = events.topics().stream()
                    .filter(topic -> topic.equals(Topics.APPLICATIONS_SUBMITTED)
                            || topic.equals(Topics.APPLICATIONS_STATUS)
                            || topic.equals(Topics.NOTIFICATIONS_DISPATCHED)
                            || Topics.SEAT_REQUESTS.matcher(topic).matches())
                    .toList();
            events.readAll(topics, record -> feed(record, reconciliation));
            unreadable = events.unreadable();
        }
        try (TopicReader<byte[], byte[]> deadLetters = TopicReader.ofBytes(kafka, CLIENT_ID)) {
            List<String> topics = deadLetters.topics().stream()
                    .filter(topic -> Topics.DEAD_LETTERS.matcher(topic).matches()).sorted().toList();
            Map<String, Long> letters = new HashMap<>();
            topics.forEach(topic -> letters.put(topic, 0L));
            deadLetters.readAll(topics, record -> letters.merge(record.topic(), 1L, Long::sum));
            letters.forEach((topic, count) -> reconciliation.deadLetters(
                    topic.substring(Topics.DEAD_LETTERS_PREFIX.length()), count));
        }
    }

    /** Records on the read topics that were not the platform's events (none expected). */
    long unreadable() {
        return unreadable;
    }

    static void feed(ConsumerRecord<String, Object> record, Reconciliation reconciliation) {
        switch (record.value()) {
            case ApplicationStatusChanged status -> reconciliation.status(status.getApplicationId(),
                    status.getVersion(), status.getMetadata().getEventId(), status.getStatus().name(),
                    RESERVE_POSITION_CHANGED.equals(status.getChange().getReasonCode()),
                    routedChoices(status.getChoices()));
            case SeatRequestEvent request when request.getChange() instanceof SeatRequested ->
                    reconciliation.seatRequested(request.getApplicationId(), request.getCourseEventId(),
                            request.getMetadata().getEventId());
            case NotificationDispatched sent when sent.getRecipientKind() == RecipientKind.LEARNER
                    && sent.getChannel() == NotificationChannel.EMAIL ->
                    reconciliation.learnerEmailDispatched(sent.getStatusEventId(), sent.getMessageId());
            case null -> { }
            default -> {
                if (record.topic().equals(Topics.APPLICATIONS_SUBMITTED)) {
                    reconciliation.submitted(record.key());
                }
            }
        }
    }

    private static List<String> routedChoices(List<ChoiceStatus> choices) {
        List<String> routed = new ArrayList<>();
        for (ChoiceStatus choice : choices) {
            if (ROUTED_CHOICE_STATES.contains(choice.getState().name())) {
                routed.add(choice.getCourseEventId());
            }
        }
        return routed;
    }
}
