package org.studiebro.applications.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.studiebro.applications.support.Api;
import org.studiebro.applications.support.TestPlatform;
import org.studiebro.events.PersonalDataRead;
import org.studiebro.schemas.Topics;
import org.studiebro.testsupport.Endpoint;
import org.studiebro.testsupport.RefusedTokens;
import org.studiebro.testsupport.TestTokens;
import org.studiebro.testsupport.WithAuthorizationServer;
import org.studiebro.testsupport.WithSharedInfrastructure;

/**
 * Who may call which endpoint of the applications-service, with tokens of the real local provider: no token and
 * forged ones are 401, another party's 403, the right one 2xx; officers' reads are audited with their purpose.
 */
@ExtendWith({WithSharedInfrastructure.class, WithAuthorizationServer.class})
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ApplicationAccessIT {

    // Anna's application (her e-ID says 19811218-9876), living in Göteborg (se-1480).
    private static final String ANNAS_APPLICATION = """
            {"applicant": {"nationalId": "811218-9876", "givenName": "Anna", "familyName": "Svensson",
                           "email": "anna@example.se", "language": "sv", "homeMunicipality": "se-1480"},
             "choices": ["gbg-vard-2027v-01"]}
            """;
    private static final String SOME_ID = "/api/v1/applications/00000000-0000-0000-0000-000000000000";

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
        await().atMost(Duration.ofSeconds(60)).until(() -> api.get("/actuator/health/readiness").status() == 200);
    }

    @TestFactory
    Stream<DynamicTest> withoutAValidTokenEveryEndpointIs401() {
        return RefusedTokens.eachIs401(port, Endpoint.post("/api/v1/applications", ANNAS_APPLICATION),
                Endpoint.get(SOME_ID), Endpoint.post(SOME_ID + "/withdrawal", "{}"),
                Endpoint.get("/api/v1/course-events"));
    }

    @Test
    void onlyAFormSubmitsAndItsClientIdIsTheSource() {
        assertThat(submit(TestTokens.operator()).status()).isEqualTo(403);
        assertThat(submit(TestTokens.user("anna")).status()).isEqualTo(403);

        Api.Answer accepted = submit(TestTokens.formClient());

        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(202);
    }

    @Test
    void theLearnerReadsHerOwnAnotherLearnerAndAnotherMunicipalityDoNot() {
        String path = statusPath(submit(TestTokens.formClient()));

        assertThat(read(path, TestTokens.user("anna"), null).status()).isEqualTo(200);
        assertThat(read(path, TestTokens.user("kari"), null).status()).isEqualTo(403);
        assertThat(read(path, TestTokens.user("bergen-officer"), "case work").status()).isEqualTo(403);
        assertThat(read(path, TestTokens.user("goteborg-vux-officer"), "case work").status()).isEqualTo(403);
        assertThat(read(path, TestTokens.formClient(), "case work").status()).isEqualTo(403);
    }

    @Test
    void anOfficerOfTheHomeMunicipalityReadsWithAPurposeAndTheReadIsAudited() {
        String path = statusPath(submit(TestTokens.formClient()));
        String applicationId = path.substring(path.lastIndexOf('/') + 1);

        Api.Answer withoutPurpose = read(path, TestTokens.user("goteborg-officer"), null);
        Api.Answer withPurpose = read(path, TestTokens.user("goteborg-officer"), "cost decision");
        Api.Answer operator = read(path, TestTokens.operator(), "support case 17");

        assertThat(withoutPurpose.status()).isEqualTo(400);
        assertThat(withoutPurpose.toString()).contains("purpose");
        assertThat(withPurpose.status()).isEqualTo(200);
        assertThat(operator.status()).isEqualTo(200);
        List<PersonalDataRead> audited = await().atMost(Duration.ofSeconds(30)).until(
                () -> TestPlatform.recordsWithKey(Topics.AUDIT_PERSONAL_DATA_READS, applicationId).stream()
                        .map(record -> (PersonalDataRead) record.value()).toList(),
                reads -> reads.size() >= 2);
        assertThat(audited).extracting(PersonalDataRead::getReader, PersonalDataRead::getRole,
                        PersonalDataRead::getPurpose)
                .containsExactlyInAnyOrder(
                        Tuple.tuple("goteborg-officer", "MUNICIPALITY_OFFICER",
                                "cost decision"),
                        Tuple.tuple("studiebro-cli", "OPERATOR", "support case 17"));
    }

    @Test
    void onlyTheLearnerItBelongsToWithdraws() {
        String path = statusPath(submit(TestTokens.formClient()));

        assertThat(withdraw(path, TestTokens.user("kari")).status()).isEqualTo(403);
        assertThat(withdraw(path, TestTokens.operator()).status()).isEqualTo(403);
        assertThat(withdraw(path, TestTokens.user("goteborg-officer")).status()).isEqualTo(403);
        assertThat(withdraw(path, TestTokens.user("anna")).status()).isEqualTo(202);
    }

    @Test
    void anyValidTokenReadsTheCatalog() {
        assertThat(api.get("/api/v1/course-events", bearer(TestTokens.user("kari"))).status()).isEqualTo(200);
    }

    private Api.Answer submit(String token) {
        return api.post("/api/v1/applications", "application/json",
                ANNAS_APPLICATION.getBytes(StandardCharsets.UTF_8),
                bearer(token).andThen(headers -> headers.set("Idempotency-Key", UUID.randomUUID().toString())));
    }

    private Api.Answer read(String path, String token, String purpose) {
        return api.get(purpose == null ? path : path + "?purpose=" + purpose.replace(" ", "+"), bearer(token));
    }

    private Api.Answer withdraw(String path, String token) {
        return api.post(path + "/withdrawal", bearer(token).andThen(
                headers -> headers.set("Idempotency-Key", UUID.randomUUID().toString())));
    }

    private static String statusPath(Api.Answer accepted) {
        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(202);
        return accepted.json().path("statusUrl").asString();
    }

    private static Consumer<HttpHeaders> bearer(String token) {
        return headers -> headers.set(HttpHeaders.AUTHORIZATION, TestTokens.bearer(token));
    }
}
