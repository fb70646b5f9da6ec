package org.studiebro.applications.withdrawal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.studiebro.applications.support.Api;
import org.studiebro.applications.support.TestEvents;
import org.studiebro.applications.support.TestPlatform;
import org.studiebro.events.ApplicationWithdrawalRequested;
import org.studiebro.schemas.Topics;
import org.studiebro.testsupport.WithAuthorizationServer;
import org.studiebro.testsupport.WithSharedInfrastructure;

import tools.jackson.databind.JsonNode;

/** The learner's withdrawal against the real broker and registry, and the status texts in their language. */
@ExtendWith({WithSharedInfrastructure.class, WithAuthorizationServer.class})
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class WithdrawalIT {

    private static final String JSON = "application/json";
    private static final String APPLICATION = """
            {"applicant": {"nationalId": "811218-9876", "givenName": "Anna", "familyName": "Svensson",
                           "email": "anna@example.se", "language": "sv", "homeMunicipality": "se-1481"},
             "choices": ["gbg-vard-2027v-01"]}
            """;

    @LocalServerPort
    private int port;
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
    void aWithdrawalIsPublishedOnceAndARepeatIsAnsweredAgainWithoutASecondRecord() {
        String correlationId = TestPlatform.uniqueId("withdrawal-it");
        String applicationId = submitApplication(correlationId);
        String key = UUID.randomUUID().toString();

        Api.Answer first = withdraw(applicationId, key, "{\"reason\": \" Jag har fått ett jobb \"}");
        Api.Answer repeat = withdraw(applicationId, key, "{\"reason\": \"Jag har fått ett jobb\"}");

        assertThat(first.status()).as(first.toString()).isEqualTo(202);
        assertThat(first.json().path("applicationId").asString()).isEqualTo(applicationId);
        assertThat(first.json().path("status").asString()).isEqualTo("WITHDRAWAL_REQUESTED");
        assertThat(first.json().path("statusUrl").asString()).isEqualTo("/api/v1/applications/" + applicationId);
        assertThat(first.header(HttpHeaders.LOCATION)).isEqualTo("/api/v1/applications/" + applicationId);
        assertThat(repeat.status()).as(repeat.toString()).isEqualTo(202);
        List<ConsumerRecord<String, Object>> records = withdrawals(applicationId);
        assertThat(records).hasSize(1);
        ApplicationWithdrawalRequested withdrawal = (ApplicationWithdrawalRequested) records.getFirst().value();
        assertThat(withdrawal.getApplicationId()).isEqualTo(applicationId);
        assertThat(withdrawal.getReason()).isEqualTo("Jag har fått ett jobb");
        assertThat(withdrawal.getSource()).isEqualTo("enrolment-form");
        assertThat(withdrawal.getMetadata().getEventId()).isEqualTo(WithdrawalEventIds.of(applicationId, key));
        assertThat(withdrawal.getMetadata().getCorrelationId()).isEqualTo(correlationId);
        assertThat(withdrawal.getMetadata().getProducer()).isEqualTo("applications-service");
    }

    @Test
    void aWithdrawalNeedsNoBodyAndAnotherRequestWhileItIsUnderWayAddsNothing() {
        String applicationId = submitApplication(null);

        Api.Answer first = api.post(withdrawalPath(applicationId),
                headers -> headers.set("Idempotency-Key", UUID.randomUUID().toString()));
        Api.Answer second = withdraw(applicationId, UUID.randomUUID().toString(), "{\"reason\": \"Dubbelklick\"}");

        assertThat(first.status()).as(first.toString()).isEqualTo(202);
        assertThat(second.status()).as(second.toString()).isEqualTo(202);
        assertThat(withdrawals(applicationId)).singleElement()
                .satisfies(record -> assertThat(((ApplicationWithdrawalRequested) record.value()).getReason()).isNull());
    }

    @Test
    void anAdmittedApplicationCanBeWithdrawn() {
        String applicationId = submitApplication(null);
        TestPlatform.publish(Topics.APPLICATIONS_STATUS, applicationId,
                TestEvents.admitted(applicationId, 1, "gbg-vard-2027v-01"));
        awaitStatus(applicationId, "ADMITTED");

        Api.Answer answer = withdraw(applicationId, UUID.randomUUID().toString(), "{\"reason\": \"Tackar nej\"}");

        assertThat(answer.status()).as(answer.toString()).isEqualTo(202);
        assertThat(withdrawals(applicationId)).hasSize(1);
    }

    @Test
    void anUnknownApplicationIsNotFound() {
        String unknown = UUID.randomUUID().toString();

        Api.Answer answer = withdraw(unknown, UUID.randomUUID().toString(), "{}");

        assertProblem(answer, 404);
        assertThat(withdrawals(unknown)).isEmpty();
    }

    @Test
    void anApplicationRoutingHasWithdrawnCannotBeWithdrawnAgain() {
        String applicationId = submitApplication(null);
        String key = UUID.randomUUID().toString();
        assertThat(withdraw(applicationId, key, "").status()).isEqualTo(202);
        // What the routing-service writes once every open request is withdrawn.
        TestPlatform.publish(Topics.APPLICATIONS_STATUS, applicationId,
                TestEvents.withdrawn(applicationId, 1, "gbg-vard-2027v-01"));
        awaitStatus(applicationId, "WITHDRAWN");

        Api.Answer again = withdraw(applicationId, UUID.randomUUID().toString(), "{}");
        Api.Answer repeat = withdraw(applicationId, key, "");

        assertProblem(again, 409);
        assertThat(again.json().path("type").asString()).isEqualTo("urn:studiebro:problem:already-withdrawn");
        assertThat(again.json().path("title").asString()).isEqualTo("Already withdrawn");
        assertThat(repeat.status()).as("the first request, repeated, gets its answer again").isEqualTo(202);
        assertThat(withdrawals(applicationId)).hasSize(1);
    }

    @Test
    void reusingAKeyWithAnotherReasonIsAConflict() {
        String applicationId = submitApplication(null);
        String key = UUID.randomUUID().toString();
        assertThat(withdraw(applicationId, key, "{\"reason\": \"Flyttar\"}").status()).isEqualTo(202);

        Api.Answer conflict = withdraw(applicationId, key, "{\"reason\": \"Annat\"}");

        assertProblem(conflict, 409);
        assertThat(conflict.json().path("title").asString()).isEqualTo("Idempotency-Key reused with a different request");
        assertThat(withdrawals(applicationId)).hasSize(1);
    }

    @Test
    void namesABadReasonAndAMissingKeyAndRefusesAnotherContentType() {
        String applicationId = submitApplication(null);

        Api.Answer invalid = api.post(withdrawalPath(applicationId), JSON,
                ("{\"reason\": \"<script>" + "x".repeat(500) + "\"}").getBytes(StandardCharsets.UTF_8), headers -> {
                });
        Api.Answer plainText = api.post(withdrawalPath(applicationId), "text/plain", bytes("Jag vill inte längre"),
                headers -> headers.set("Idempotency-Key", UUID.randomUUID().toString()));

        assertProblem(invalid, 400);
        assertThat(invalid.errorFields()).containsExactlyInAnyOrder("Idempotency-Key", "reason", "reason");
        assertProblem(plainText, 415);
        assertThat(withdrawals(applicationId)).isEmpty();
    }

    @Test
    void refusesAnIdempotencyKeySentTwice() {
        String applicationId = submitApplication(null);

        Api.Answer twice = api.post(withdrawalPath(applicationId), JSON, bytes("{\"reason\": \"Flyttar\"}"), headers -> {
            headers.add("Idempotency-Key", UUID.randomUUID().toString());
            headers.add("Idempotency-Key", UUID.randomUUID().toString());
        });

        assertProblem(twice, 400);
        assertThat(twice.errorFields()).containsExactly("Idempotency-Key");
        assertThat(withdrawals(applicationId)).isEmpty();
    }

    @Test
    void theStatusIsInTheLanguageAskedForThenAcceptLanguageThenTheApplicants() {
        String applicationId = submitApplication(null);
        TestPlatform.publish(Topics.APPLICATIONS_STATUS, applicationId,
                TestEvents.awaitingSeatOwner(applicationId, 1, "gbg-vard-2027v-01"));
        TestPlatform.publish(Topics.APPLICATIONS_STATUS, applicationId,
                TestEvents.admitted(applicationId, 2, "gbg-vard-2027v-01"));
        awaitStatus(applicationId, "ADMITTED");

        Api.Answer norwegian = api.get(statusPath(applicationId, "?lang=nb"),
                headers -> headers.set(HttpHeaders.ACCEPT_LANGUAGE, "en"));
        Api.Answer english = api.get(statusPath(applicationId, ""),
                headers -> headers.set(HttpHeaders.ACCEPT_LANGUAGE, "de-DE, en;q=0.8"));
        Api.Answer swedish = api.get(statusPath(applicationId, ""));
        Api.Answer badLanguage = api.get(statusPath(applicationId, "?lang=de"));

        JsonNode nb = norwegian.json();
        assertThat(norwegian.status()).as(norwegian.toString()).isEqualTo(200);
        assertThat(norwegian.header(HttpHeaders.CONTENT_LANGUAGE)).isEqualTo("nb");
        assertThat(norwegian.header(HttpHeaders.VARY)).contains("Accept-Language");
        assertThat(nb.path("textLanguage").asString()).isEqualTo("nb");
        assertThat(nb.path("text").asString()).isEqualTo("Du er tatt opp på et av kursene du har søkt på.");
        assertThat(nb.path("choices").get(0).path("text").asString()).isEqualTo("Du er tatt opp.");
        assertThat(nb.path("choices").get(0).path("authorityText").asString()).isEqualTo("Kursarrangøren goteborg-vux");
        assertThat(nb.path("history").get(0).path("text").asString())
                .isEqualTo("Studiebro sendte valgene dine videre til kursarrangørene og ved behov til hjemkommunen din.");
        JsonNode en = english.json();
        assertThat(english.header(HttpHeaders.CONTENT_LANGUAGE)).isEqualTo("en");
        assertThat(en.path("text").asString()).isEqualTo("You have been admitted to one of the courses you applied for.");
        assertThat(en.path("choices").get(0).path("costDecisionText").asString()).startsWith("An agreement between");
        assertThat(en.path("history").get(1).path("authorityText").asString()).isEqualTo("Course provider goteborg-vux");
        assertThat(en.path("history").get(1).path("text").asString()).isEqualTo("The course provider decided on admission.");
        assertThat(swedish.json().path("textLanguage").asString()).isEqualTo("sv");
        assertThat(swedish.json().path("text").asString()).isEqualTo("Du är antagen till en av kurserna du har sökt.");
        assertProblem(badLanguage, 400);
        assertThat(badLanguage.errorFields()).containsExactly("lang");
    }

    @Test
    void aRefusedCostShowsTheHomeMunicipalityByNameAndHowToAppeal() {
        String applicationId = submitApplication(null);
        TestPlatform.publish(Topics.APPLICATIONS_STATUS, applicationId, TestEvents.costRefused(applicationId, 1,
                "sthlm-vard-2027v-01", TestEvents.applicant()));
        awaitStatus(applicationId, "NOT_ADMITTED");

        JsonNode status = api.get(statusPath(applicationId, "?lang=sv")).json();

        JsonNode choice = status.path("choices").get(0);
        assertThat(choice.path("authorityText").asString()).isEqualTo("Hemkommunen Mölndal");
        assertThat(choice.path("appeal").path("body").asString()).isEqualTo("Skolväsendets överklagandenämnd");
        assertThat(choice.path("appeal").path("deadline").asString())
                .isEqualTo("tre veckor från den dag du fick del av beslutet");
        assertThat(choice.path("appeal").path("text").asString()).contains("din hemkommun (Mölndal)");
        assertThat(status.path("history").get(0).path("authorityText").asString()).isEqualTo("Hemkommunen Mölndal");
    }

    private String submitApplication(String correlationId) {
        Api.Answer accepted = api.post("/api/v1/applications", JSON, bytes(APPLICATION), headers -> {
            headers.set("Idempotency-Key", UUID.randomUUID().toString());
            if (correlationId != null) {
                headers.set("X-Correlation-Id", correlationId);
            }
        });
        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(202);
        return accepted.json().path("applicationId").asString();
    }

    private Api.Answer withdraw(String applicationId, String key, String body) {
        return api.post(withdrawalPath(applicationId), JSON, bytes(body), headers -> headers.set("Idempotency-Key", key));
    }

    private void awaitStatus(String applicationId, String status) {
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(
                api.get(statusPath(applicationId, "")).json().path("status").asString()).isEqualTo(status));
    }

    private static List<ConsumerRecord<String, Object>> withdrawals(String applicationId) {
        return TestPlatform.recordsWithKey(Topics.APPLICATIONS_WITHDRAWALS, applicationId);
    }

    private static String withdrawalPath(String applicationId) {
        return "/api/v1/applications/" + applicationId + "/withdrawal";
    }

    private static String statusPath(String applicationId, String query) {
        return "/api/v1/applications/" + applicationId + query;
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static void assertProblem(Api.Answer answer, int status) {
        assertThat(answer.status()).as(answer.toString()).isEqualTo(status);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.json().path("status").asInt()).isEqualTo(status);
        assertThat(answer.json().path("instance").asString()).startsWith("/api/v1/applications/");
    }
}
