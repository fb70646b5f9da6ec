package org.studiebro.reference.streams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.Test;
import org.studiebro.events.Applicant;
import org.studiebro.events.CostDecisionState;
import org.studiebro.events.IdentityType;
import org.studiebro.events.Language;
import org.studiebro.events.SeatRequestEvent;
import org.studiebro.events.SeatRequested;
import org.studiebro.schemas.Events;

class InternalAvroSerdeTest {

    private final InternalAvroSerde<SeatRequestEvent> serde = new InternalAvroSerde<>(SeatRequestEvent.class);

    @Test
    void aSeatRequestSurvivesTheRepartitionTopic() {
        Instant submitted = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        SeatRequestEvent request = SeatRequestEvent.newBuilder()
                .setMetadata(Events.metadata("correlation", null, "routing-service", submitted))
                .setApplicationId("app-1")
                .setSeatOwner("goteborg-vux")
                .setCourseEventId("gbg-vard-2027v-01")
                .setChoiceRank(1)
                .setChange(SeatRequested.newBuilder()
                        .setApplicant(Applicant.newBuilder()
                                .setNationalId("198112189876")
                                .setIdentityType(IdentityType.SE_PERSONNUMMER)
                                .setGivenName("Sara")
                                .setFamilyName("Lind")
                                .setEmail("sara.lind@example.test")
                                .setLanguage(Language.SV)
                                .setHomeMunicipality("se-1480")
                                .build())
                        .setCourseCode("VÅRVÅRD0")
                        .setPriorityGroup(2)
                        .setCostDecision(CostDecisionState.AUTOMATIC)
                        .setSubmittedAt(submitted)
                        .build())
                .build();

        byte[] bytes = serde.serializer().serialize("repartition", request);

        assertThat(serde.deserializer().deserialize("repartition", bytes)).isEqualTo(request);
    }

    @Test
    void bytesThatAreNotTheRecordFailAsASerializationError() {
        assertThatThrownBy(() -> serde.deserializer().deserialize("repartition", new byte[] {1, 2, 3}))
                .isInstanceOf(SerializationException.class);
    }
}
