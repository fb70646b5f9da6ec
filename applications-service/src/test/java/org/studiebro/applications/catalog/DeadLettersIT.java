package org.studiebro.applications.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.support.KafkaHeaders;
import org.studiebro.applications.ApplicationsServiceApplication;
import org.studiebro.schemas.serde.DeadLetterSerializer;
import org.studiebro.applications.support.Api;
import org.studiebro.applications.support.TestEvents;
import org.studiebro.applications.support.TestPlatform;
import org.studiebro.events.CourseKind;
import org.studiebro.infrastructure.test.SharedInfrastructure;
import org.studiebro.infrastructure.test.WithSharedInfrastructure;
import org.studiebro.schemas.Topics;
import org.studiebro.schemas.serde.AvroSerializer;

/** A record the catalog cannot read or apply goes to dead-letters.applications-service; the catalog goes on. */
@ExtendWith(WithSharedInfrastructure.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DeadLettersIT {

    private static final String DEAD_LETTERS = Topics.deadLetters(ApplicationsServiceApplication.SERVICE_NAME);

    @LocalServerPort
    private int port;

    @BeforeAll
    static void provision() {
        TestPlatform.prepare();
    }

    @Test
    void anUnreadableRecordIsDeadLetteredWithItsOriginalBytes() {
        String key = TestPlatform.uniqueId("garbage");
        byte[] garbage = "not avro at all".getBytes(StandardCharsets.UTF_8);
        String next = TestPlatform.uniqueId("after-garbage");

        TestPlatform.publishBytes(Topics.CATALOG_COURSE_EVENTS, key, garbage);
        TestPlatform.publish(Topics.CATALOG_COURSE_EVENTS, next,
                TestEvents.courseEvent(next, "DLT1", "se-1480", LocalDate.of(2027, 3, 1), CourseKind.OTHER));

        ConsumerRecord<String, Object> deadLetter = awaitDeadLetter(key);
        assertThat((byte[]) deadLetter.value()).isEqualTo(garbage);
        assertThat(header(deadLetter, KafkaHeaders.DLT_ORIGINAL_TOPIC)).isEqualTo(Topics.CATALOG_COURSE_EVENTS);
        assertThat(deadLetter.headers().lastHeader(KafkaHeaders.DLT_ORIGINAL_OFFSET)).isNotNull();
        assertThat(deadLetter.headers().lastHeader(KafkaHeaders.DLT_EXCEPTION_MESSAGE)).isNotNull();
        awaitCourseEvent(next);
    }

    @Test
    void aRecordOfTheWrongTypeIsDeadLetteredAsJsonAndTheCatalogGoesOn() {
        String key = TestPlatform.uniqueId("misdirected");
        String next = TestPlatform.uniqueId("after-misdirected");
        // A municipality in the catalog's topic, framed with its own schema id.
        byte[] municipality;
        try (AvroSerializer serializer = new AvroSerializer()) {
            serializer.configure(Map.of("schema.registry.url", SharedInfrastructure.get().schemaRegistryUrl(),
                    "auto.register.schemas", false), false);
            municipality = serializer.serialize(Topics.REFERENCE_MUNICIPALITIES,
                    TestEvents.municipality("se-1480", "Göteborg"));
        }

        TestPlatform.publishBytes(Topics.CATALOG_COURSE_EVENTS, key, municipality);
        TestPlatform.publish(Topics.CATALOG_COURSE_EVENTS, next,
                TestEvents.courseEvent(next, "DLT2", "se-1480", LocalDate.of(2027, 3, 1), CourseKind.OTHER));

        ConsumerRecord<String, Object> deadLetter = awaitDeadLetter(key);
        assertThat(header(deadLetter, DeadLetterSerializer.FORMAT_HEADER)).isEqualTo("avro-json");
        assertThat(new String((byte[]) deadLetter.value(), StandardCharsets.UTF_8)).contains("\"municipalityId\": \"se-1480\"");
        assertThat(header(deadLetter, KafkaHeaders.DLT_EXCEPTION_MESSAGE)).contains("Not a CourseEventPublished");
        awaitCourseEvent(next);
    }

    private static ConsumerRecord<String, Object> awaitDeadLetter(String key) {
        return await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500))
                .until(() -> deadLetters(key), records -> !records.isEmpty())
                .getFirst();
    }

    private static List<ConsumerRecord<String, Object>> deadLetters(String key) {
        return TestPlatform.readAll(DEAD_LETTERS, ByteArrayDeserializer.class).stream()
                .filter(record -> key.equals(record.key()))
                .toList();
    }

    private void awaitCourseEvent(String courseEventId) {
        Api api = new Api(port);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> api.get("/api/v1/course-events/" + courseEventId).status() == 200);
    }

    private static String header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
