package org.studiebro.routing.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.studiebro.testsupport.Endpoint;
import org.studiebro.testsupport.RefusedTokens;
import org.studiebro.testsupport.TestTokens;
import org.studiebro.testsupport.WithAuthorizationServer;
import org.studiebro.testsupport.WithSharedInfrastructure;

/**
 * The routing-service has no API: only its health is open; anything else is 401 without a valid token and 403 with
 * any valid one, tokens of the real local provider. Its Kafka Streams client is not started: the HTTP side is the
 * subject, and routing other IT classes' records again would only load the shared broker.
 */
@ExtendWith({WithSharedInfrastructure.class, WithAuthorizationServer.class})
@DirtiesContext
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.kafka.streams.application-id=routing-access-it-${random.uuid}",
        "spring.kafka.streams.auto-startup=false"})
class RoutingAccessIT {

    private static final Endpoint[] CLOSED = {Endpoint.get("/actuator/info"), Endpoint.get("/api/v1/applications"),
            Endpoint.post("/api/v1/applications", "{}"), Endpoint.get("/")};

    @LocalServerPort
    private int port;

    @Test
    void healthAnswersWithoutAToken() {
        HttpResponse<String> health = Endpoint.get("/actuator/health").call(port, null);

        // UP or, as its Kafka Streams client is not started here, DOWN: either way not refused.
        assertThat(health.statusCode()).as(health.body()).isIn(200, 503);
        assertThat(health.body()).contains("\"status\"");
    }

    @TestFactory
    Stream<DynamicTest> withoutAValidTokenAnythingElseIs401() {
        return RefusedTokens.eachIs401(port, CLOSED);
    }

    @Test
    void withAnyValidTokenAnythingElseIs403() {
        for (Endpoint endpoint : CLOSED) {
            assertThat(endpoint.status(port, TestTokens.operator())).as(endpoint + " by the operator").isEqualTo(403);
            assertThat(endpoint.status(port, TestTokens.formClient())).as(endpoint + " by a form").isEqualTo(403);
            assertThat(endpoint.status(port, TestTokens.user("goteborg-officer"))).as(endpoint + " by an officer")
                    .isEqualTo(403);
        }
    }
}
