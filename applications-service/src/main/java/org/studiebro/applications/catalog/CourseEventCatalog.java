package org.studiebro.applications.catalog;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.annotation.PartitionOffset;
import org.springframework.kafka.annotation.TopicPartition;
import org.springframework.stereotype.Component;
import org.studiebro.applications.replay.CatchUpTracker;
import org.studiebro.events.CourseEventPublished;
import org.studiebro.schemas.Topics;

/**
 * The course events upstream forms offer: the compacted catalog.course-events, read from the beginning on
 * every start, all partitions, without a consumer group. A tombstone removes a course event.
 */
@Component
class CourseEventCatalog {

    static final String LISTENER_ID = "catalog-view";
    private static final Comparator<CourseEvent> BY_START_THEN_ID =
            Comparator.comparing(CourseEvent::startDate).thenComparing(CourseEvent::id);

    private final Map<String, CourseEvent> courseEvents = new ConcurrentHashMap<>();
    private final CatchUpTracker tracker;

    CourseEventCatalog(CatchUpTracker tracker) {
        this.tracker = tracker;
        tracker.expect(LISTENER_ID, Topics.CATALOG_COURSE_EVENTS + ": course events");
    }

    @KafkaListener(id = LISTENER_ID, idIsGroup = false, topicPartitions = @TopicPartition(
            topic = Topics.CATALOG_COURSE_EVENTS,
            partitions = "#{@partitionFinder.partitions('" + Topics.CATALOG_COURSE_EVENTS + "')}",
            partitionOffsets = @PartitionOffset(partition = "*", initialOffset = "0")))
    void on(ConsumerRecord<String, Object> record) {
        switch (record.value()) {
            case null -> courseEvents.remove(record.key());
            case CourseEventPublished published -> courseEvents.put(published.getCourseEventId(), CourseEvent.of(published));
            default -> throw new IllegalArgumentException("Not a CourseEventPublished: " + record.value().getClass());
        }
    }

    /** Matching course events by start date, then id. */
    List<CourseEvent> find(CourseEventQuery query) {
        return courseEvents.values().stream().filter(query::matches).sorted(BY_START_THEN_ID).toList();
    }

    Optional<CourseEvent> get(String courseEventId) {
        return Optional.ofNullable(courseEvents.get(courseEventId));
    }

    boolean isReady() {
        return tracker.isCaughtUp(LISTENER_ID);
    }
}
