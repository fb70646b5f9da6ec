package org.studiebro.benchmark.load;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.RecordDeserializationException;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.studiebro.events.ApplicationStatusChanged;
import org.studiebro.events.NotificationChannel;
import org.studiebro.events.NotificationDispatched;
import org.studiebro.events.RecipientKind;
import org.studiebro.events.SeatRequestEvent;
import org.studiebro.events.SeatRequested;
import org.studiebro.infrastructure.KafkaClientConfig;
import org.studiebro.schemas.Topics;
import org.studiebro.serde.AvroDeserializer;

/**
 * Watches the pipeline from outside the services: one consumer without a group, assigned every partition of
 * applications.submitted, applications.status, notifications.dispatched and every seat-requests.* topic, reading
 * committed records only (what the next party would see), from the end offsets taken before the run. Each record is
 * timed when this consumer receives it. Seat-request topics created during the run are picked up from their start.
 */
final class PipelineObserver implements AutoCloseable {

    private static final Duration POLL = Duration.ofMillis(100);
    private static final long TOPIC_REFRESH_NANOS = 5_000_000_000L;

    private final KafkaConsumer<String, Object> consumer;
    private final Tracker tracker;
    private final Set<String> watched = new HashSet<>();
    private final CountDownLatch stopped = new CountDownLatch(1);
    private final Thread thread;
    private volatile boolean running = true;
    private volatile Throwable failure;

    PipelineObserver(KafkaClientConfig kafka, String registryUrl, Tracker tracker) {
        this.tracker = tracker;
        Map<String, Object> config = kafka.with(Map.of(
                ConsumerConfig.CLIENT_ID_CONFIG, "studiebro-load-observer",
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false",
                ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "2000",
                "schema.registry.url", registryUrl,
                "specific.avro.reader", "true"));
        AvroDeserializer values = new AvroDeserializer();
        values.configure(config, false);
        consumer = new KafkaConsumer<>(config, new StringDeserializer(), values);
        assign(false);
        thread = Thread.ofPlatform().name("pipeline-observer").daemon().unstarted(this::run);
    }

    /** Starts reading; every record written after the constructor ran is seen. */
    void start() {
        thread.start();
    }

    /** The reason the observer stopped early, if it did. */
    Throwable failure() {
        return failure;
    }

    @Override
    public void close() {
        running = false;
        consumer.wakeup();
        try {
            if (!stopped.await(10, TimeUnit.SECONDS)) {
                thread.interrupt();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void run() {
        long refreshed = System.nanoTime();
        try {
            while (running) {
                ConsumerRecords<String, Object> records;
                try {
                    records = consumer.poll(POLL);
                } catch (RecordDeserializationException unreadable) {
                    // Not one of the platform's events (or its schema is unknown): step over it.
                    consumer.seek(unreadable.topicPartition(), unreadable.offset() + 1);
                    continue;
                }
                long received = System.nanoTime();
                for (ConsumerRecord<String, Object> record : records) {
                    Observation observation = observation(record, received);
                    if (observation != null && record.key() != null) {
                        tracker.observed(record.key(), observation);
                    }
                }
                if (received - refreshed > TOPIC_REFRESH_NANOS) {
                    assign(true);
                    tracker.dropUnclaimed(received);
                    refreshed = received;
                }
            }
        } catch (WakeupException stopping) {
            // close() woke the consumer to stop it.
        } catch (RuntimeException e) {
            failure = e;
        } finally {
            consumer.close(Duration.ofSeconds(2));
            stopped.countDown();
        }
    }

    /** Assigns the watched topics' partitions; at the start from their ends, later new topics from the beginning. */
    private void assign(boolean newTopicsFromStart) {
        Map<String, List<PartitionInfo>> topics = consumer.listTopics(Duration.ofSeconds(30));
        List<TopicPartition> added = new ArrayList<>();
        topics.forEach((topic, partitions) -> {
            if (isWatched(topic) && watched.add(topic)) {
                partitions.forEach(p -> added.add(new TopicPartition(p.topic(), p.partition())));
            }
        });
        if (added.isEmpty()) {
            return;
        }
        List<TopicPartition> all = new ArrayList<>(consumer.assignment());
        all.addAll(added);
        consumer.assign(all);
        if (newTopicsFromStart) {
            consumer.seekToBeginning(added);
        } else {
            consumer.seekToEnd(added);
        }
        // Resolves the lazy seek now, so that "the end" is the end before the run, not at the first poll.
        added.forEach(consumer::position);
    }

    private static boolean isWatched(String topic) {
        return topic.equals(Topics.APPLICATIONS_SUBMITTED) || topic.equals(Topics.APPLICATIONS_STATUS)
                || topic.equals(Topics.NOTIFICATIONS_DISPATCHED) || Topics.SEAT_REQUESTS.matcher(topic).matches();
    }

    static Observation observation(ConsumerRecord<String, Object> record, long received) {
        int size = record.serializedValueSize();
        return switch (record.value()) {
            case ApplicationStatusChanged status -> new Observation(Observation.Kind.STATUS, received,
                    status.getMetadata().getEventId(), status.getStatus().name(), size);
            case SeatRequestEvent request -> new Observation(request.getChange() instanceof SeatRequested
                    ? Observation.Kind.SEAT_REQUESTED : Observation.Kind.SEAT_WITHDRAWN, received, null, null, size);
            case NotificationDispatched sent -> sent.getRecipientKind() == RecipientKind.LEARNER
                    && sent.getChannel() == NotificationChannel.EMAIL
                    ? new Observation(Observation.Kind.LEARNER_EMAIL, received, sent.getStatusEventId(), null, size)
                    : new Observation(Observation.Kind.OTHER_NOTIFICATION, received, null, null, size);
            case null -> null;
            default -> record.topic().equals(Topics.APPLICATIONS_SUBMITTED)
                    ? new Observation(Observation.Kind.SUBMITTED, received, null, null, size)
                    : null;
        };
    }
}
