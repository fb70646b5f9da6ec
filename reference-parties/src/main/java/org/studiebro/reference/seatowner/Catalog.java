package org.studiebro.reference.seatowner;

import java.util.function.Function;

import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.ValueAndTimestamp;
import org.studiebro.events.CourseEventPublished;
import org.studiebro.schemas.Topics;

/**
 * The course events as the catalog publishes them, looked up by id in the global store of catalog.course-events, so
 * that the seat owner's one task needs no co-partitioning with the catalog. The store keeps the records' bytes and
 * they are read here, on the ordinary path: the global store's own thread is outside the dead-letter handling, and
 * handing it a dead letter fails (apache/kafka#21535). So a catalog record that cannot be read sends the seat
 * request that needs it to the dead letters, with the reason, instead of stopping the seat owner; an unreachable
 * registry is a transient failure, retried.
 */
final class Catalog {

    private final Function<String, byte[]> records;
    private final Deserializer<CourseEventPublished> events;

    Catalog(Function<String, byte[]> records, Deserializer<CourseEventPublished> events) {
        this.records = records;
        this.events = events;
    }

    static Catalog of(ProcessorContext<?, ?> context, Deserializer<CourseEventPublished> events) {
        KeyValueStore<String, ValueAndTimestamp<byte[]>> store = context.getStateStore(SeatOwnerTopology.CATALOG_STORE);
        return new Catalog(courseEventId -> ValueAndTimestamp.getValueOrNull(store.get(courseEventId)), events);
    }

    /** The course event, or null when the catalog does not know it. */
    CourseEventPublished courseEvent(String courseEventId) {
        byte[] record = records.apply(courseEventId);
        return record == null ? null : events.deserialize(Topics.CATALOG_COURSE_EVENTS, record);
    }
}
