package org.studiebro.applications.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.test.annotation.DirtiesContext;
import org.studiebro.applications.support.Api;
import org.studiebro.applications.support.TestPlatform;
import org.studiebro.testsupport.TestTokens;
import org.studiebro.testsupport.WithAuthorizationServer;
import org.studiebro.testsupport.WithSharedInfrastructure;

/**
 * Intake's limit per form client, with a limit of 2 a second: a form that floods intake is refused with 429,
 * Retry-After and a problem naming the limit, while another form submitting at the same moment is accepted. Its
 * own context (another limit), closed after the class so that its consumers do not linger beside the others'.
 */
@ExtendWith({WithSharedInfrastructure.class, WithAuthorizationServer.class})
@DirtiesContext
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "studiebro.intake.rate-limit.per-second=2")
class IntakeRateLimitIT {

    private static final int FLOOD = 12;

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

    @Test
    void oneFormIsLimitedWhileAnotherIsStillAccepted() throws Exception {
        String flooding = TestTokens.formClient();
        String other = TestTokens.otherFormClient();

        List<Api.Answer> flood;
        Api.Answer otherAnswer;
        try (ExecutorService senders = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<Api.Answer>> floodSent = IntStream.range(0, FLOOD)
                    .mapToObj(i -> senders.submit(() -> submit(flooding))).toList();
            Future<Api.Answer> otherSent = senders.submit(() -> submit(other));
            flood = floodSent.stream().map(IntakeRateLimitIT::answer).toList();
            otherAnswer = otherSent.get();
        }

        assertThat(otherAnswer.status()).as(otherAnswer.toString()).isEqualTo(202);
        assertThat(flood).extracting(Api.Answer::status).containsOnly(202, 429);
        assertThat(flood).filteredOn(answer -> answer.status() == 202).hasSizeGreaterThanOrEqualTo(1);
        Api.Answer refused = flood.stream().filter(answer -> answer.status() == 429).findFirst().orElseThrow();
        assertThat(refused.header(HttpHeaders.RETRY_AFTER)).isEqualTo("1");
        assertThat(refused.header(HttpHeaders.CONTENT_TYPE)).startsWith("application/problem+json");
        assertThat(refused.json().path("type").asString()).isEqualTo("urn:studiebro:problem:rate-limited");
        assertThat(refused.json().path("limitPerSecond").asInt()).isEqualTo(2);
        assertThat(refused.json().path("detail").asString()).contains(TestTokens.FORM_CLIENT);
        // The flood took nothing of the other form's own limit.
        assertThat(submit(other).status()).isEqualTo(202);
    }

    private Api.Answer submit(String token) {
        return api.post("/api/v1/applications", "application/json",
                FormFixtures.VALID.getBytes(StandardCharsets.UTF_8), headers -> {
                    headers.setBearerAuth(token);
                    headers.set("Idempotency-Key", UUID.randomUUID().toString());
                });
    }

    private static Api.Answer answer(Future<Api.Answer> sent) {
        try {
            return sent.get();
        } catch (Exception e) {
            throw new IllegalStateException("A submission failed", e);
        }
    }
}
