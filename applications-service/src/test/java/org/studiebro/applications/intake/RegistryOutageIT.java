package org.studiebro.applications.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.studiebro.applications.ApplicationsServiceApplication;
import org.studiebro.applications.support.Api;
import org.studiebro.applications.support.TcpProxy;
import org.studiebro.applications.support.TestPlatform;
import org.studiebro.schemas.Topics;
import org.studiebro.testsupport.SharedAuthorizationServer;
import org.studiebro.testsupport.SharedInfrastructure;

/**
 * An instance of its own whose schema registry sits behind a proxy the test takes down: intake and the
 * learner's withdrawal answer 503 with Retry-After quickly, publish nothing, and accept again by themselves
 * once the registry is back.
 * <p>
 * The serializer keeps a subject's schema id once it has looked it up, so a test sees the outage only if it is
 * the first to publish to its topic in this instance: intake's test runs before the withdrawal's test submits.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RegistryOutageIT {

    private static TcpProxy registryProxy;
    private static ConfigurableApplicationContext service;
    private static Api api;

    @BeforeAll
    static void startServiceBehindAProxy() throws Exception {
        TestPlatform.prepare();
        SharedAuthorizationServer.get();
        URI registry = URI.create(SharedInfrastructure.get().schemaRegistryUrl());
        registryProxy = new TcpProxy(registry.getHost(), registry.getPort());
        registryProxy.start();
        String proxiedRegistry = "http://127.0.0.1:" + registryProxy.port() + registry.getPath();
        // Command-line arguments outrank the system properties the shared infrastructure sets.
        service = new SpringApplicationBuilder(ApplicationsServiceApplication.class).run(
                "--server.port=0",
                "--spring.kafka.properties.schema.registry.url=" + proxiedRegistry);
        api = new Api(((WebServerApplicationContext) service).getWebServer().getPort());
        await().atMost(Duration.ofSeconds(60)).until(() -> api.get("/actuator/health/readiness").status() == 200);
    }

    @AfterAll
    static void stop() throws Exception {
        if (service != null) {
            service.close();
        }
        if (registryProxy != null) {
            registryProxy.close();
        }
    }

    @Test
    @Order(1)
    void answers503QuicklyWhileTheRegistryIsDownAndAcceptsOnceItIsBack() throws Exception {
        String key = UUID.randomUUID().toString();
        registryProxy.stop();

        long started = System.nanoTime();
        Api.Answer unavailable = submit(key);
        Duration took = Duration.ofNanos(System.nanoTime() - started);

        IntakeIT.assertProblem(unavailable, 503);
        assertThat(unavailable.header("Retry-After")).isEqualTo("2");
        assertThat(took).isLessThan(Duration.ofSeconds(3));
        String applicationId = service.getBean(ApplicationIds.class).of("enrolment-form", key);
        assertThat(TestPlatform.recordsWithKey(Topics.APPLICATIONS_SUBMITTED, applicationId)).isEmpty();

        registryProxy.start();
        Api.Answer accepted = submit(key);

        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(202);
        assertThat(accepted.json().path("applicationId").asString()).isEqualTo(applicationId);
        assertThat(TestPlatform.recordsWithKey(Topics.APPLICATIONS_SUBMITTED, applicationId)).hasSize(1);
    }

    @Test
    @Order(2)
    void aWithdrawalIsAnswered503QuicklyWhileTheRegistryIsDownAndRecordedOnceItIsBack() throws Exception {
        Api.Answer accepted = submit(UUID.randomUUID().toString());
        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(202);
        String applicationId = accepted.json().path("applicationId").asString();
        String key = UUID.randomUUID().toString();
        registryProxy.stop();

        long started = System.nanoTime();
        Api.Answer unavailable = withdraw(applicationId, key);
        Duration took = Duration.ofNanos(System.nanoTime() - started);

        IntakeIT.assertProblem(unavailable, 503);
        assertThat(unavailable.header("Retry-After")).isEqualTo("2");
        assertThat(unavailable.json().path("detail").asString()).contains("The withdrawal could not be recorded");
        assertThat(took).isLessThan(Duration.ofSeconds(3));
        assertThat(TestPlatform.recordsWithKey(Topics.APPLICATIONS_WITHDRAWALS, applicationId)).isEmpty();

        registryProxy.start();
        Api.Answer withdrawn = withdraw(applicationId, key);

        assertThat(withdrawn.status()).as(withdrawn.toString()).isEqualTo(202);
        assertThat(TestPlatform.recordsWithKey(Topics.APPLICATIONS_WITHDRAWALS, applicationId)).hasSize(1);
    }

    private static Api.Answer withdraw(String applicationId, String key) {
        return api.post("/api/v1/applications/" + applicationId + "/withdrawal", "application/json",
                "{\"reason\": \"Fick plats i hemkommunen\"}".getBytes(StandardCharsets.UTF_8),
                headers -> headers.set("Idempotency-Key", key));
    }

    private static Api.Answer submit(String key) {
        return api.post("/api/v1/applications", "application/json",
                FormFixtures.VALID.getBytes(StandardCharsets.UTF_8), headers -> headers.set("Idempotency-Key", key));
    }
}
