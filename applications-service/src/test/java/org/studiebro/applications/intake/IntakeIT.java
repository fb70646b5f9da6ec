package org.studiebro.applications.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.studiebro.applications.support.Api;
import org.studiebro.applications.support.TestPlatform;
import org.studiebro.events.ApplicationSubmitted;
import org.studiebro.events.CourseChoice;
import org.studiebro.events.IdentityType;
import org.studiebro.events.Language;
import org.studiebro.schemas.Topics;
import org.studiebro.testsupport.WithAuthorizationServer;
import org.studiebro.testsupport.WithSharedInfrastructure;

import tools.jackson.databind.JsonNode;

@ExtendWith({WithSharedInfrastructure.class, WithAuthorizationServer.class})
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class IntakeIT {

    private static final String JSON = "application/json";
    private static final String SOURCE = "enrolment-form";

    @LocalServerPort
    private int port;
    @Autowired
    private ApplicationIds applicationIds;
    private Api api;

    @BeforeAll
    static void provision() {
        TestPlatform.prepare();
    }

    @BeforeEach
    void awaitReady() {
        api = new Api(port);
        await().atMost(Duration.ofSeconds(60))
                .until(() -> api.get("/actuator/health/readiness").status() == 200);
    }

    @Test
    void acceptsAnApplicationAndPublishesIt() {
        String key = UUID.randomUUID().toString();

        Api.Answer answer = submit(key, FormFixtures.VALID, "it-correlation-1");

        String applicationId = applicationIds.of(SOURCE, key);
        assertThat(answer.status()).as(answer.toString()).isEqualTo(202);
        assertThat(answer.json().path("applicationId").asString()).isEqualTo(applicationId);
        assertThat(answer.json().path("status").asString()).isEqualTo("RECEIVED");
        assertThat(answer.json().path("statusUrl").asString()).isEqualTo("/api/v1/applications/" + applicationId);
        assertThat(answer.header(HttpHeaders.LOCATION)).isEqualTo("/api/v1/applications/" + applicationId);
        assertThat(answer.header("X-Correlation-Id")).isEqualTo("it-correlation-1");

        ConsumerRecord<String, Object> record = TestPlatform.recordsWithKey(Topics.APPLICATIONS_SUBMITTED, applicationId)
                .getFirst();
        ApplicationSubmitted submitted = (ApplicationSubmitted) record.value();
        assertThat(submitted.getApplicationId()).isEqualTo(applicationId);
        assertThat(submitted.getIdempotencyKey()).isEqualTo(key);
        assertThat(submitted.getRequestFingerprint()).matches("[0-9a-f]{64}");
        assertThat(submitted.getSource()).isEqualTo(SOURCE);
        assertThat(submitted.getPriorityGroup()).isEqualTo(2);
        assertThat(submitted.getChoices()).extracting(CourseChoice::getRank, CourseChoice::getCourseEventId)
                .containsExactly(tuple(1, "gbg-vard-2027v-01"),
                        tuple(2, "molndal-matte-2027v-01"));
        assertThat(submitted.getApplicant().getNationalId()).isEqualTo("198112189876");
        assertThat(submitted.getApplicant().getIdentityType()).isEqualTo(IdentityType.SE_PERSONNUMMER);
        assertThat(submitted.getApplicant().getGivenName()).isEqualTo("Anna");
        assertThat(submitted.getApplicant().getEmail()).isEqualTo("anna@example.se");
        assertThat(submitted.getApplicant().getLanguage()).isEqualTo(Language.SV);
        assertThat(submitted.getApplicant().getHomeMunicipality()).isEqualTo("se-1481");
        assertThat(submitted.getMetadata().getCorrelationId()).isEqualTo("it-correlation-1");
        assertThat(submitted.getMetadata().getProducer()).isEqualTo("applications-service");
    }

    @Test
    void aRetryGetsTheSameIdAndIsNotPublishedAgain() {
        String key = UUID.randomUUID().toString();

        Api.Answer first = submit(key, FormFixtures.VALID, null);
        Api.Answer retry = submit(key, FormFixtures.VALID.replace("\"Anna\"", "\" Anna \""), null);

        assertThat(first.status()).as(first.toString()).isEqualTo(202);
        assertThat(retry.status()).as(retry.toString()).isEqualTo(202);
        String applicationId = first.json().path("applicationId").asString();
        assertThat(retry.json().path("applicationId").asString()).isEqualTo(applicationId);
        assertThat(TestPlatform.recordsWithKey(Topics.APPLICATIONS_SUBMITTED, applicationId)).hasSize(1);
    }

    @Test
    void reusingAKeyForAnotherRequestIsAConflict() {
        String key = UUID.randomUUID().toString();
        assertThat(submit(key, FormFixtures.VALID, null).status()).isEqualTo(202);

        Api.Answer conflict = submit(key, FormFixtures.VALID.replace("\"priorityGroup\": 2", "\"priorityGroup\": 3"), null);

        assertThat(conflict.status()).as(conflict.toString()).isEqualTo(409);
        assertThat(conflict.contentType()).startsWith("application/problem+json");
        assertThat(conflict.json().path("title").asString()).isEqualTo("Idempotency-Key reused with a different request");
        assertThat(TestPlatform.recordsWithKey(Topics.APPLICATIONS_SUBMITTED, applicationIds.of(SOURCE, key))).hasSize(1);
    }

    @Test
    void anInvalidIdentityNumberIsRefusedAndNothingIsPublished() {
        String key = UUID.randomUUID().toString();

        Api.Answer answer = submit(key, FormFixtures.VALID.replace("811218-9876", "811218-9875"), null);

        assertProblem(answer, 400);
        assertThat(answer.errorFields()).containsExactly("applicant.nationalId");
        assertThat(answer.json().toString()).doesNotContain("811218");
        assertThat(TestPlatform.recordsWithKey(Topics.APPLICATIONS_SUBMITTED, applicationIds.of(SOURCE, key))).isEmpty();
    }

    @Test
    void anUnknownHomeMunicipalityIsRefused() {
        Api.Answer answer = submit(UUID.randomUUID().toString(), FormFixtures.VALID.replace("se-1481", "se-0999"), null);

        assertProblem(answer, 400);
        assertThat(answer.errorFields()).containsExactly("applicant.homeMunicipality");
    }

    @Test
    void namesEveryBadFieldAndHeader() {
        Api.Answer answer = api.post("/api/v1/applications", JSON, FormFixtures.VALID
                .replace("anna@example.se", "anna")
                .replace("\"sv\"", "\"de\"")
                .replace("\"priorityGroup\"", "\"unexpected\": 1, \"priorityGroup\"")
                .getBytes(StandardCharsets.UTF_8), headers -> headers.set("X-Correlation-Id", "bad id with spaces"));

        assertProblem(answer, 400);
        assertThat(answer.errorFields()).contains("Idempotency-Key", "X-Correlation-Id", "unexpected");
    }

    @Test
    void refusesAnotherContentType() {
        Api.Answer answer = api.post("/api/v1/applications", "text/plain",
                FormFixtures.VALID.getBytes(StandardCharsets.UTF_8),
                headers -> headers.set("Idempotency-Key", UUID.randomUUID().toString()));

        assertProblem(answer, 415);
    }

    @Test
    void refusesAnOversizedBody() {
        String padded = FormFixtures.VALID.replace("\"Anna\"", "\"" + "A".repeat(17 * 1024) + "\"");

        Api.Answer answer = submit(UUID.randomUUID().toString(), padded, null);

        assertProblem(answer, 413);
    }

    @Test
    void refusesMalformedJsonAndBrokenUtf8() {
        Api.Answer malformed = submit(UUID.randomUUID().toString(), "{\"applicant\": ", null);
        byte[] broken = FormFixtures.VALID.getBytes(StandardCharsets.UTF_8);
        broken[FormFixtures.VALID.indexOf("Anna")] = (byte) 0xFF;
        Api.Answer notUtf8 = api.post("/api/v1/applications", JSON, broken,
                headers -> headers.set("Idempotency-Key", UUID.randomUUID().toString()));

        assertProblem(malformed, 400);
        assertThat(malformed.errorFields()).containsExactly("body");
        assertProblem(notUtf8, 400);
        assertThat(notUtf8.json().path("errors").get(0).path("message").asString()).isEqualTo("is not valid UTF-8");
    }

    @Test
    void makesUpACorrelationIdWhenNoneIsGiven() {
        Api.Answer answer = submit(UUID.randomUUID().toString(), FormFixtures.VALID, null);

        assertThat(answer.status()).isEqualTo(202);
        assertThat(UUID.fromString(answer.header("X-Correlation-Id"))).isNotNull();
    }

    private Api.Answer submit(String idempotencyKey, String body, String correlationId) {
        return api.post("/api/v1/applications", JSON, body.getBytes(StandardCharsets.UTF_8), headers -> {
            headers.set("Idempotency-Key", idempotencyKey);
            if (correlationId != null) {
                headers.set("X-Correlation-Id", correlationId);
            }
        });
    }

    static void assertProblem(Api.Answer answer, int status) {
        assertThat(answer.status()).as(answer.toString()).isEqualTo(status);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        JsonNode problem = answer.json();
        assertThat(problem.path("status").asInt()).isEqualTo(status);
        assertThat(problem.hasNonNull("type")).isTrue();
        assertThat(problem.hasNonNull("title")).isTrue();
        assertThat(problem.hasNonNull("detail")).isTrue();
        assertThat(problem.path("instance").asString()).startsWith("/api/v1/");
    }
}
