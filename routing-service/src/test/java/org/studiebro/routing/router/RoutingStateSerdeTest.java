package org.studiebro.routing.router;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.studiebro.routing.rules.ApplicationRouter;
import org.studiebro.routing.rules.ApplicationRouting;
import org.studiebro.routing.rules.TestEvents;
import org.studiebro.routing.rules.TestWorld;

class RoutingStateSerdeTest {

    private final RoutingStateSerde serde = new RoutingStateSerde();

    @Test
    void theRoutingStateSurvivesTheChangelog() {
        ApplicationRouting state = new ApplicationRouter(new TestWorld(),
                Clock.fixed(Instant.parse("2026-11-22T10:00:00Z"), ZoneId.of("Europe/Stockholm")), Duration.ofDays(7))
                .route(TestEvents.submitted("a-serde", TestWorld.UPPSALA, "sthlm-it", "no-such-course", "gbg-vard"),
                        TestEvents.SUBMITTED_AT)
                .state();

        byte[] bytes = serde.serializer().serialize("changelog", state);
        ApplicationRouting read = serde.deserializer().deserialize("changelog", bytes);

        assertThat(read).isEqualTo(state);
    }

    @Test
    void fieldsAddedInALaterVersionDoNotBreakReading() {
        String json = """
                {"applicationId":"a-1","correlationId":"c-1","applicant":{"nationalId":"198112189876",
                "identityType":"SE_PERSONNUMMER","givenName":"Anna","familyName":"A","email":"a@b.test",
                "language":"SV","homeMunicipality":"se-1480"},"submittedAt":"2026-11-22T09:00:00Z",
                "version":3,"choices":[],"addedLater":true}
                """;

        ApplicationRouting read = serde.deserializer().deserialize("changelog", json.getBytes(StandardCharsets.UTF_8));

        assertThat(read.version()).isEqualTo(3);
        assertThat(read.toString()).contains("home se-1480").doesNotContain("9876");
    }
}
