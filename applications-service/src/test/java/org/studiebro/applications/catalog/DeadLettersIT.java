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
import org.studiebro.applications.support.Api;
import org.studiebro.applications.support.TestEvents;
import org.studiebro.applications.support.TestPlatform;
import org.studiebro.events.CourseKind;
import org.studiebro.events.MunicipalityRegistered;
import org.studiebro.schemas.Topics;
import org.studiebro.serde.AvroSerializer;
import org.studiebro.serde.DeadLetterSerializer;
import org.studiebro.testsupport.SharedInfrastructure;
import org.studiebro.testsupport.WithAuthorizationServer;
import org.studiebro.testsupport.WithSharedInfrastructure;

/**
 * A record a view cannot read or apply goes to dead-letters.applications-service, once; the view goes on. A record of
 * another type than its topic's contract cannot be read (studiebro.topic.contract.check) and keeps its bytes.
 */
@ExtendWith({WithSharedInfrastructure.class, WithAuthorizationServer.class})
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
        // Spring Kafka's own message is only "failed to deserialize": the dead letter says why.
        assertThat(header(deadLetter, KafkaHeaders.DLT_EXCEPTION_MESSAGE))
                .startsWith("failed to deserialize; ").contains("Not Confluent wire format");
        awaitCourseEvent(next);
    }

    @Test
    void aRecordOfTheWrongTypeIsDeadLetteredWithItsOriginalBytesAndTheCatalogGoesOn() {
        String key = TestPlatform.uniqueId("misdirected");
        String next = TestPlatform.uniqueId("after-misdirected");
        // A municipality in the catalog's topic, framed with its own schema id.
        byte[] municipality = framedFor(Topics.REFERENCE_MUNICIPALITIES, TestEvents.municipality("se-1480", "Göteborg"));

        TestPlatform.publishBytes(Topics.CATALOG_COURSE_EVENTS, key, municipality);
        TestPlatform.publish(Topics.CATALOG_COURSE_EVENTS, next,
                TestEvents.courseEvent(next, "DLT2", "se-1480", LocalDate.of(2027, 3, 1), CourseKind.OTHER));

        ConsumerRecord<String, Object> deadLetter = awaitDeadLetter(key);
        assertThat((byte[]) deadLetter.value()).isEqualTo(municipality);
        assertThat(header(deadLetter, DeadLetterSerializer.FORMAT_HEADER)).isNull();
        assertThat(header(deadLetter, KafkaHeaders.DLT_EXCEPTION_MESSAGE)).contains("record type "
                + MunicipalityRegistered.getClassSchema().getFullName() + " is not the contract of topic '"
                + Topics.CATALOG_COURSE_EVENTS + "'");
        awaitCourseEvent(next);
    }

    @Test
    void aSubmittedApplicationOnTheStatusTopicIsDeadLetteredNotShown() {
        String applicationId = TestPlatform.uniqueId("submitted-on-status");
        byte[] submitted = framedFor(Topics.APPLICATIONS_SUBMITTED, TestEvents.submitted(applicationId, "gbg-vard-2027v-01"));
        String next = TestPlatform.uniqueId("after-submitted-on-status");

        TestPlatform.publishBytes(Topics.APPLICATIONS_STATUS, applicationId, submitted);
        TestPlatform.publish(Topics.APPLICATIONS_STATUS, next, TestEvents.admitted(next, 1, "gbg-vard-2027v-01"));

        ConsumerRecord<String, Object> deadLetter = awaitDeadLetter(applicationId);
        assertThat((byte[]) deadLetter.value()).isEqualTo(submitted);
        assertThat(header(deadLetter, KafkaHeaders.DLT_ORIGINAL_TOPIC)).isEqualTo(Topics.APPLICATIONS_STATUS);
        assertThat(header(deadLetter, KafkaHeaders.DLT_EXCEPTION_MESSAGE))
                .contains("is not the contract of topic '" + Topics.APPLICATIONS_STATUS + "'");
        Api api = new Api(port);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> api.get("/api/v1/applications/" + next).status() == 200);
        assertThat(api.get("/api/v1/applications/" + applicationId).status()).isEqualTo(404);
    }

    @Test
    void aStatusChangeOnTheSubmittedTopicIsDeadLetteredOnceThoughTwoViewsReadIt() {
        String applicationId = TestPlatform.uniqueId("status-on-submitted");
        byte[] changed = framedFor(Topics.APPLICATIONS_STATUS, TestEvents.admitted(applicationId, 1, "gbg-vard-2027v-01"));
        String next = TestPlatform.uniqueId("after-status-on-submitted");

        TestPlatform.publishBytes(Topics.APPLICATIONS_SUBMITTED, applicationId, changed);
        TestPlatform.publish(Topics.APPLICATIONS_SUBMITTED, next, TestEvents.submitted(next, "gbg-vard-2027v-01"));

        ConsumerRecord<String, Object> deadLetter = awaitDeadLetter(applicationId);
        assertThat((byte[]) deadLetter.value()).isEqualTo(changed);
        assertThat(header(deadLetter, KafkaHeaders.DLT_EXCEPTION_MESSAGE))
                .contains("is not the contract of topic '" + Topics.APPLICATIONS_SUBMITTED + "'");
        Api api = new Api(port);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> api.get("/api/v1/applications/" + next).status() == 200);
        assertThat(api.get("/api/v1/applications/" + applicationId).status()).isEqualTo(404);
        // Both the status view and intake's idempotency view have read past it by now.
        assertThat(deadLetters(applicationId)).hasSize(1);
    }

    private static byte[] framedFor(String topic, Object event) {
        try (AvroSerializer serializer = new AvroSerializer()) {
            serializer.configure(Map.of("schema.registry.url", SharedInfrastructure.get().schemaRegistryUrl(),
                    "auto.register.schemas", false), false);
            return serializer.serialize(topic, event);
        }
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
