package org.studiebro.notification;

import static org.assertj.core.api.Assertions.assertThat;

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
 * The notification history shows recipients' addresses: only operators read it, with tokens of the real local
 * provider. No token and forged ones are 401; learners, officers and forms 403; the operator 200. A consumer group
 * of its own, from the end of applications.status, so that it mails nothing another IT class published.
 */
@ExtendWith({WithSharedInfrastructure.class, WithAuthorizationServer.class})
@DirtiesContext
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.kafka.consumer.group-id=notification-access-it-${random.uuid}",
        "spring.kafka.consumer.auto-offset-reset=latest"})
class NotificationAccessIT {

    private static final Endpoint HISTORY = Endpoint.get("/api/v1/notifications?applicationId=it-no-such-application");

    @LocalServerPort
    private int port;

    @TestFactory
    Stream<DynamicTest> withoutAValidTokenTheHistoryIs401() {
        return RefusedTokens.eachIs401(port, HISTORY);
    }

    @Test
    void onlyAnOperatorReadsTheHistory() {
        assertThat(HISTORY.status(port, TestTokens.user("anna"))).isEqualTo(403);
        assertThat(HISTORY.status(port, TestTokens.user("goteborg-officer"))).isEqualTo(403);
        assertThat(HISTORY.status(port, TestTokens.user("goteborg-vux-officer"))).isEqualTo(403);
        assertThat(HISTORY.status(port, TestTokens.formClient())).isEqualTo(403);

        assertThat(HISTORY.call(port, TestTokens.operator())).satisfies(answer -> {
            assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
            assertThat(answer.body()).isEqualTo("[]");
        });
        assertThat(HISTORY.status(port, TestTokens.user("operator"))).isEqualTo(200);
    }
}
