package org.studiebro.reference.municipality;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.apache.kafka.common.serialization.Serde;
import org.junit.jupiter.api.Test;
import org.studiebro.events.CostDecisionRequested;
import org.studiebro.events.CostRequestEvent;
import org.studiebro.reference.streams.JsonSerde;

class PendingCostRequestTest {

    private final Serde<PendingCostRequest> serde = new JsonSerde<>(PendingCostRequest.class);

    @Test
    void keepsTheApplicantByNameAndMaskedNationalIdOnlyAndSurvivesItsChangelog() {
        CostRequestEvent request = MunicipalityInputSerdeTest.request();
        PendingCostRequest pending = PendingCostRequest.of(request, (CostDecisionRequested) request.getChange());

        byte[] bytes = serde.serializer().serialize("changelog", pending);

        assertThat(pending.applicantName()).isEqualTo("Sara Lind");
        assertThat(pending.maskedNationalId()).isEqualTo("19811218-****");
        assertThat(new String(bytes, StandardCharsets.UTF_8)).doesNotContain("9876");
        assertThat(serde.deserializer().deserialize("changelog", bytes)).isEqualTo(pending);
        assertThat(pending.requestedAt()).isEqualTo(request.getMetadata().getOccurredAt());
    }
}
