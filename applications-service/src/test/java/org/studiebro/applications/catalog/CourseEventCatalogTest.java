package org.studiebro.applications.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.studiebro.plumbing.rebuild.CatchUpTracker;
import org.studiebro.applications.support.TestEvents;
import org.studiebro.events.CourseEventPublished;
import org.studiebro.events.CourseKind;
import org.studiebro.schemas.Topics;

class CourseEventCatalogTest {

    private static final String ID = "gbg-vard-2027v-01";

    private final CourseEventCatalog catalog = new CourseEventCatalog(new CatchUpTracker());

    @Test
    void aReplayedRecordOlderThanTheOneAppliedChangesNothing() {
        catalog.on(record(7, courseEvent("VÅRVÅRD1")));
        catalog.on(record(3, courseEvent("VÅRVÅRD0")));

        assertThat(catalog.get(ID)).hasValueSatisfying(event -> assertThat(event.courseCode()).isEqualTo("VÅRVÅRD1"));
    }

    @Test
    void aReplayedRecordLaterThanTheOneAppliedReplacesIt() {
        catalog.on(record(3, courseEvent("VÅRVÅRD0")));
        catalog.on(record(7, courseEvent("VÅRVÅRD1")));

        assertThat(catalog.get(ID)).hasValueSatisfying(event -> assertThat(event.courseCode()).isEqualTo("VÅRVÅRD1"));
    }

    @Test
    void aRemovedCourseEventIsNotBroughtBackByAnOlderRecord() {
        catalog.on(record(3, courseEvent("VÅRVÅRD0")));
        catalog.on(record(5, null));
        catalog.on(record(3, courseEvent("VÅRVÅRD0")));
        catalog.on(record(2, courseEvent("VÅRVÅRD0")));

        assertThat(catalog.get(ID)).isEmpty();
        assertThat(catalog.find(CourseEventQuery.of(null, null, null, null, null))).isEmpty();
    }

    private static CourseEventPublished courseEvent(String courseCode) {
        return TestEvents.courseEvent(ID, courseCode, "se-1480", LocalDate.of(2027, 1, 18), CourseKind.VOCATIONAL);
    }

    private static ConsumerRecord<String, Object> record(long offset, Object value) {
        return new ConsumerRecord<>(Topics.CATALOG_COURSE_EVENTS, 0, offset, ID, value);
    }
}
