package org.studiebro.applications.status;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.studiebro.applications.support.Api;
import org.studiebro.applications.support.TestEvents;
import org.studiebro.applications.support.TestPlatform;
import org.studiebro.schemas.Topics;
import org.studiebro.testsupport.WithAuthorizationServer;
import org.studiebro.testsupport.WithSharedInfrastructure;

import tools.jackson.databind.JsonNode;

@ExtendWith({WithSharedInfrastructure.class, WithAuthorizationServer.class})
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ApplicationStatusIT {

    private static final String APPLICATION = """
            {"applicant": {"nationalId": "701063-2391", "givenName": "Björn", "familyName": "Ek",
                           "email": "bjorn@example.se", "language": "en", "homeMunicipality": "se-1480"},
             "choices": ["gbg-vard-2027v-01", "molndal-matte-2027v-01"]}
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
    void anAcceptedApplicationIsReceivedAtOnceAndFollowsTheRoutingServicesChanges() {
        Api.Answer accepted = api.post("/api/v1/applications", "application/json",
                APPLICATION.getBytes(StandardCharsets.UTF_8),
                headers -> headers.set("Idempotency-Key", UUID.randomUUID().toString()));
        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(202);
        String applicationId = accepted.json().path("applicationId").asString();

        Api.Answer received = api.get(accepted.json().path("statusUrl").asString());

        assertThat(received.status()).as(received.toString()).isEqualTo(200);
        JsonNode status = received.json();
        assertThat(status.path("applicationId").asString()).isEqualTo(applicationId);
        assertThat(status.path("status").asString()).isEqualTo("RECEIVED");
        assertThat(status.path("applicant").path("nationalId").asString()).isEqualTo("19701063-****");
        assertThat(status.path("applicant").path("givenName").asString()).isEqualTo("Björn");
        assertThat(status.path("choices").get(1).path("courseEventId").asString()).isEqualTo("molndal-matte-2027v-01");
        assertThat(status.path("choices").get(1).path("rank").asInt()).isEqualTo(2);
        assertThat(received.response().getBody()).doesNotContain("2391");

        TestPlatform.publish(Topics.APPLICATIONS_STATUS, applicationId,
                TestEvents.awaitingSeatOwner(applicationId, 1, "gbg-vard-2027v-01"));
        TestPlatform.publish(Topics.APPLICATIONS_STATUS, applicationId,
                TestEvents.admitted(applicationId, 2, "gbg-vard-2027v-01"));
        // A replay of version 1, as after a routing-service restart, changes nothing.
        TestPlatform.publish(Topics.APPLICATIONS_STATUS, applicationId,
                TestEvents.awaitingSeatOwner(applicationId, 1, "gbg-vard-2027v-01"));

        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> {
            JsonNode admitted = api.get("/api/v1/applications/" + applicationId).json();
            assertThat(admitted.path("status").asString()).isEqualTo("ADMITTED");
            assertThat(versions(admitted.path("history"))).containsExactly(1, 2);
        });
        JsonNode admitted = api.get("/api/v1/applications/" + applicationId).json();
        JsonNode choice = admitted.path("choices").get(0);
        assertThat(choice.path("state").asString()).isEqualTo("ADMITTED");
        assertThat(choice.path("seatOwner").asString()).isEqualTo("goteborg-vux");
        assertThat(choice.path("authority").asString()).isEqualTo("SEAT_OWNER");
        assertThat(choice.path("costDecision").asString()).isEqualTo("AUTOMATIC");
        JsonNode lastChange = admitted.path("history").get(1);
        assertThat(lastChange.path("authority").asString()).isEqualTo("SEAT_OWNER");
        assertThat(lastChange.path("reasonCode").asString()).isEqualTo("SEAT_DECIDED");
        assertThat(lastChange.path("choiceRank").asInt()).isEqualTo(1);
    }

    @Test
    void anUnknownApplicationIsNotFound() {
        Api.Answer answer = api.get("/api/v1/applications/" + UUID.randomUUID());

        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.json().path("instance").asString()).startsWith("/api/v1/applications/");
    }

    private static List<Integer> versions(JsonNode history) {
        List<Integer> versions = new ArrayList<>();
        for (JsonNode change : history) {
            versions.add(change.path("version").asInt());
        }
        return versions;
    }
}
