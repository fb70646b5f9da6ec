package org.studiebro.reference.seatowner;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.studiebro.events.SeatOutcome;
import org.studiebro.reference.streams.JsonSerde;

class ManualSeatStateSerdeTest {

    @Test
    void aPendingSeatRequestSurvivesItsChangelog() {
        var serde = new JsonSerde<>(PendingSeatRequest.class);
        PendingSeatRequest pending = new PendingSeatRequest("molndal-vux", "molndal-vard-2027v-01", "VÅRVÅR01",
                new SeatHolder("app-1", 2, 3, 1_700_000_000_000L, "correlation-1", null),
                Instant.parse("2026-11-22T10:00:00.123Z"), "Sara Lind", "19811218-****", "request-1");

        byte[] bytes = serde.serializer().serialize("changelog", pending);

        assertThat(serde.deserializer().deserialize("changelog", bytes)).isEqualTo(pending);
    }

    @Test
    void anOfficersDecisionSurvivesTheCommandTopic() {
        var serde = new JsonSerde<>(ManualSeatDecision.class);
        ManualSeatDecision decision = new ManualSeatDecision("decision-1", "molndal-vux", "app-1",
                "molndal-vard-2027v-01", 2, SeatOutcome.RESERVE, 4, "RESERVE", "Fullt", "antagningen, Omar",
                Instant.parse("2026-11-22T10:00:00Z"));

        byte[] bytes = serde.serializer().serialize("commands", decision);

        assertThat(serde.deserializer().deserialize("commands", bytes)).isEqualTo(decision);
    }
}
