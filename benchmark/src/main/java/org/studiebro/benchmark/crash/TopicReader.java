package org.studiebro.benchmark.crash;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.RecordDeserializationException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.studiebro.events.ApplicationStatusChanged;
import org.studiebro.events.ChoiceStatus;
import org.studiebro.events.NotificationChannel;
import org.studiebro.events.NotificationDispatched;
import org.studiebro.events.RecipientKind;
import org.studiebro.events.SeatRequestEvent;
import org.studiebro.events.SeatRequested;
import org.studiebro.schemas.Topics;
import org.studiebro.schemas.serde.AvroDeserializer;

/**
 * Reads the topics the reconciliation needs from the beginning to their end, committed records only (what any
 * next party sees), without a consumer group, and feeds them to the {@link Reconciliation}.
 */
final class TopicReader {

    /** The seat owner's reason for a reserve that only moved on its list (reference-parties' SeatAllocation). */
    private static final String RESERVE_POSITION_CHANGED = "RESERVE_POSITION_CHANGED";

    /** Choice states a choice reaches only once its seat request went out. */
    static final Set<String> ROUTED_CHOICE_STATES = Set.of("SEAT_REQUESTED", "ADMITTED", "RESERVE", "NOT_ELIGIBLE",
            "NOT_ADMITTED");

    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final Duration POLL = Duration.ofMillis(500);

    private final String bootstrapServers;
    private final String registryUrl;
    private long unreadable;

    TopicReader(String bootstrapServers, String registryUrl) {
        this.bootstrapServers = bootstrapServers;
        this.registryUrl = registryUrl;
    }

    /** Feeds every record of the platform's topics to {@code reconciliation}. */
    void readInto(Reconciliation reconciliation) {
        AvroDeserializer values = new AvroDeserializer();
        values.configure(Map.of("schema.registry.url", registryUrl, "specific.avro.reader", true), false);
        try (KafkaConsumer<String, Object> consumer = consumer(values)) {
            List<String> topics = consumer.listTopics(PATIENCE).keySet().stream()
                    .filter(topic -> topic.equals(Topics.APPLICATIONS_SUBMITTED)
                            || topic.equals(Topics.APPLICATIONS_STATUS)
                            || topic.equals(Topics.NOTIFICATIONS_DISPATCHED)
                            || Topics.SEAT_REQUESTS.matcher(topic).matches())
                    .toList();
            readAll(consumer, topics, record -> feed(record, reconciliation));
        }
        try (KafkaConsumer<String, byte[]> consumer = consumer(new ByteArrayDeserializer())) {
            List<String> topics = consumer.listTopics(PATIENCE).keySet().stream()
                    .filter(topic -> Topics.DEAD_LETTERS.matcher(topic).matches()).sorted().toList();
            Map<String, Long> letters = new HashMap<>();
            topics.forEach(topic -> letters.put(topic, 0L));
            readAll(consumer, topics, record -> letters.merge(record.topic(), 1L, Long::sum));
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

    private <V> KafkaConsumer<String, V> consumer(Deserializer<V> values) {
        Map<String, Object> config = new HashMap<>();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(ConsumerConfig.CLIENT_ID_CONFIG, "studiebro-crash-test-reconciliation");
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        config.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "5000");
        return new KafkaConsumer<>(config, new StringDeserializer(), values);
    }

    private <V> void readAll(KafkaConsumer<String, V> consumer, List<String> topics,
                             Consumer<ConsumerRecord<String, V>> handler) {
        List<TopicPartition> partitions = new ArrayList<>();
        for (String topic : topics) {
            consumer.partitionsFor(topic, PATIENCE)
                    .forEach(info -> partitions.add(new TopicPartition(topic, info.partition())));
        }
        if (partitions.isEmpty()) {
            return;
        }
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
        // With read_committed these are the last stable offsets: every record below them is decided.
        Map<TopicPartition, Long> end = consumer.endOffsets(partitions, PATIENCE);
        while (partitions.stream().anyMatch(partition -> consumer.position(partition, PATIENCE) < end.get(partition))) {
            try {
                for (ConsumerRecord<String, V> record : consumer.poll(POLL)) {
                    if (record.offset() < end.get(new TopicPartition(record.topic(), record.partition()))) {
                        handler.accept(record);
                    }
                }
            } catch (RecordDeserializationException e) {
                unreadable++;
                consumer.seek(e.topicPartition(), e.offset() + 1);
            }
        }
    }
}
