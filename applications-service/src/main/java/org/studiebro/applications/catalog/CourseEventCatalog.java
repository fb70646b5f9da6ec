package org.studiebro.applications.catalog;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.annotation.PartitionOffset;
import org.springframework.kafka.annotation.TopicPartition;
import org.springframework.stereotype.Component;
import org.studiebro.plumbing.rebuild.CatchUpTracker;
import org.studiebro.plumbing.rebuild.TopicView;
import org.studiebro.events.CourseEventPublished;
import org.studiebro.plumbing.rebuild.ViewRebuildAutoConfiguration;
import org.studiebro.schemas.Topics;

/**
 * The course events upstream forms offer: the compacted catalog.course-events, read from the beginning on
 * every start, all partitions, without a consumer group. A tombstone removes a course event. Unlike the views in
 * the {@link org.studiebro.plumbing.viewstore.ViewStore}, it is kept on the heap and not stored: compaction
 * keeps the topic at about one record per course event, a few thousand that grow with the catalog and not with
 * the applications, so reading it whole costs a start little.
 * <p>
 * The record latest in the topic wins, as compaction keeps it, whenever it is applied: a replayed dead letter is
 * applied only when no later record of its course event has been (a key stays on its partition, so offsets order
 * its records). A removed course event keeps its offset for that, without a course event.
 */
@Component
class CourseEventCatalog implements TopicView {

    static final String LISTENER_ID = "catalog-view";
    private static final Comparator<CourseEvent> BY_START_THEN_ID =
            Comparator.comparing(CourseEvent::startDate).thenComparing(CourseEvent::id);

    private final Map<String, Latest> courseEvents = new ConcurrentHashMap<>();
    private final CatchUpTracker tracker;

    CourseEventCatalog(CatchUpTracker tracker) {
        this.tracker = tracker;
        tracker.expect(LISTENER_ID, Topics.CATALOG_COURSE_EVENTS + ": course events");
    }

    @KafkaListener(id = LISTENER_ID, idIsGroup = false,
            containerFactory = ViewRebuildAutoConfiguration.CONTAINER_FACTORY,
            topicPartitions = @TopicPartition(
            topic = Topics.CATALOG_COURSE_EVENTS,
            partitions = "#{@partitionFinder.partitions('" + Topics.CATALOG_COURSE_EVENTS + "')}",
            partitionOffsets = @PartitionOffset(partition = "*", initialOffset = "0")))
    @Override
    public void on(ConsumerRecord<String, Object> record) {
        switch (record.value()) {
            case null -> apply(record.key(), record.offset(), null);
            case CourseEventPublished published ->
                    apply(published.getCourseEventId(), record.offset(), CourseEvent.of(published));
            default -> throw new IllegalArgumentException("Not a CourseEventPublished: " + record.value().getClass());
        }
    }

    @Override
    public Set<String> topics() {
        return Set.of(Topics.CATALOG_COURSE_EVENTS);
    }

    /** @param courseEvent null: removed */
    private void apply(String courseEventId, long offset, CourseEvent courseEvent) {
        courseEvents.compute(courseEventId, (id, current) ->
                current != null && current.offset() >= offset ? current : new Latest(offset, courseEvent));
    }

    /** Matching course events by start date, then id. */
    List<CourseEvent> find(CourseEventQuery query) {
        return courseEvents.values().stream().map(Latest::courseEvent).filter(Objects::nonNull)
                .filter(query::matches).sorted(BY_START_THEN_ID).toList();
    }

    Optional<CourseEvent> get(String courseEventId) {
        return Optional.ofNullable(courseEvents.get(courseEventId)).map(Latest::courseEvent);
    }

    boolean isReady() {
        return tracker.isCaughtUp(LISTENER_ID);
    }

    /** The course event as the record at this offset left it; null when that record removed it. */
    private record Latest(long offset, CourseEvent courseEvent) {
    }
}
