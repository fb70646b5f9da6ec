package org.studiebro.applications.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.studiebro.applications.support.Api;
import org.studiebro.applications.support.TestEvents;
import org.studiebro.applications.support.TestPlatform;
import org.studiebro.events.CourseEventPublished;
import org.studiebro.events.CourseKind;
import org.studiebro.schemas.Topics;
import org.studiebro.testsupport.WithAuthorizationServer;
import org.studiebro.testsupport.WithSharedInfrastructure;

import tools.jackson.databind.JsonNode;

@ExtendWith({WithSharedInfrastructure.class, WithAuthorizationServer.class})
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CourseEventsIT {

    // Unique per run, so that course events other tests publish do not match the filters.
    private static final String CODE = "IT" + Long.toString(System.nanoTime(), 36).toUpperCase();
    private static final String VARD = TestPlatform.uniqueId("gbg-vard");
    private static final String SVETS = TestPlatform.uniqueId("gbg-svets");
    private static final String MATTE = TestPlatform.uniqueId("molndal-matte");
    private static final String CANCELLED = TestPlatform.uniqueId("gbg-gone");

    @LocalServerPort
    private int port;
    private Api api;

    @BeforeAll
    static void publishCatalog() {
        TestPlatform.prepare();
        publish(TestEvents.courseEvent(VARD, CODE, "se-1480", LocalDate.of(2027, 1, 18), CourseKind.VOCATIONAL));
        publish(TestEvents.courseEvent(SVETS, CODE, "se-1480", LocalDate.of(2027, 1, 11), CourseKind.VOCATIONAL));
        publish(TestEvents.courseEvent(MATTE, CODE, "se-1481", LocalDate.of(2027, 1, 11), CourseKind.BASIC));
        publish(TestEvents.courseEvent(CANCELLED, CODE, "se-1480", LocalDate.of(2027, 2, 1), CourseKind.VOCATIONAL));
        // Compaction's delete marker: the course event is withdrawn from the catalog.
        TestPlatform.publish(Topics.CATALOG_COURSE_EVENTS, CANCELLED, null);
    }

    @BeforeEach
    void awaitCatalog() {
        api = new Api(port);
        await().atMost(Duration.ofSeconds(60)).until(() -> api.get("/api/v1/course-events/" + MATTE).status() == 200);
    }

    @Test
    void listsCourseEventsByStartDateThenId() {
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(ids(query("courseCode=" + CODE)))
                .containsExactly(first(SVETS, MATTE), second(SVETS, MATTE), VARD));
    }

    @Test
    void filtersByPrincipalMunicipalityStartAndKind() {
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> {
            assertThat(ids(query("courseCode=" + CODE + "&municipality=se-1480"))).containsExactly(SVETS, VARD);
            assertThat(ids(query("courseCode=" + CODE + "&startFrom=2027-01-12"))).containsExactly(VARD);
            assertThat(ids(query("courseCode=" + CODE + "&startTo=2027-01-11"))).containsExactly(first(SVETS, MATTE),
                    second(SVETS, MATTE));
            assertThat(ids(query("courseCode=" + CODE + "&kind=BASIC"))).containsExactly(MATTE);
            assertThat(ids(query("courseCode=" + CODE + "&municipality=se-1480&startFrom=2027-01-01&startTo=2027-01-31"
                    + "&kind=VOCATIONAL"))).containsExactly(SVETS, VARD);
        });
    }

    @Test
    void showsOneCourseEvent() {
        Api.Answer answer = api.get("/api/v1/course-events/" + VARD);

        assertThat(answer.status()).isEqualTo(200);
        JsonNode event = answer.json();
        assertThat(event.path("courseCode").asString()).isEqualTo(CODE);
        assertThat(event.path("principalMunicipality").asString()).isEqualTo("se-1480");
        assertThat(event.path("seatsOffered").asInt()).isEqualTo(24);
        assertThat(event.path("status").asString()).isEqualTo("OPEN");
        assertThat(event.path("startDate").asString()).isEqualTo("2027-01-18");
        assertThat(event.path("applicationDeadline").asString()).isEqualTo("2026-12-21");
        assertThat(event.path("kind").asString()).isEqualTo("VOCATIONAL");
    }

    @Test
    void aDeletedOrUnknownCourseEventIsNotFound() {
        await().atMost(Duration.ofSeconds(15)).until(() -> api.get("/api/v1/course-events/" + CANCELLED).status() == 404);
        Api.Answer unknown = api.get("/api/v1/course-events/no-such-event");

        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.contentType()).startsWith("application/problem+json");
    }

    @Test
    void namesBadFilters() {
        Api.Answer answer = api.get("/api/v1/course-events?municipality=gbg&startFrom=soon&kind=FUN");

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.errorFields()).containsExactly("kind", "municipality", "startFrom");
    }

    private static void publish(CourseEventPublished event) {
        TestPlatform.publish(Topics.CATALOG_COURSE_EVENTS, event.getCourseEventId(), event);
    }

    private JsonNode query(String parameters) {
        Api.Answer answer = api.get("/api/v1/course-events?" + parameters);
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        return answer.json();
    }

    private static List<String> ids(JsonNode events) {
        List<String> ids = new ArrayList<>();
        for (JsonNode event : events) {
            ids.add(event.path("id").asString());
        }
        return ids;
    }

    private static String first(String a, String b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    private static String second(String a, String b) {
        return a.compareTo(b) <= 0 ? b : a;
    }
}
