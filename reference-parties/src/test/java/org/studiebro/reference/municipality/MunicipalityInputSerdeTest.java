package org.studiebro.reference.municipality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.Test;
import org.studiebro.events.Applicant;
import org.studiebro.events.CostDecisionRequested;
import org.studiebro.events.CostOutcome;
import org.studiebro.events.CostRequestEvent;
import org.studiebro.events.CourseKind;
import org.studiebro.events.IdentityType;
import org.studiebro.events.Language;
import org.studiebro.schemas.Events;

class MunicipalityInputSerdeTest {

    private final MunicipalityInputSerde serde = new MunicipalityInputSerde();

    @Test
    void aCostRequestAndAnOfficersDecisionBothSurviveTheInternalTopic() {
        MunicipalityInput asked = new MunicipalityInput.Asked(request());
        MunicipalityInput decided = new ManualCostDecision("decision-1", "se-0380", "app-1", "sthlm-svenska-2027v-01",
                1, CostOutcome.REFUSED, "COURSE_OFFERED_AT_HOME", "Kursen finns i Uppsala", "handläggare Eva",
                Instant.parse("2026-11-22T10:00:00Z"));

        assertThat(roundTrip(asked)).isEqualTo(asked);
        assertThat(roundTrip(decided)).isEqualTo(decided);
    }

    @Test
    void anUnknownTagIsAPoisonRecord() {
        assertThatThrownBy(() -> serde.deserializer().deserialize("topic", new byte[] {'X', '{', '}'}))
                .isInstanceOf(SerializationException.class);
    }

    static CostRequestEvent request() {
        return CostRequestEvent.newBuilder()
                .setMetadata(Events.metadata("correlation", null, "routing-service",
                        Instant.now().truncatedTo(ChronoUnit.MILLIS)))
                .setApplicationId("app-1")
                .setHomeMunicipality("se-0380")
                .setCourseEventId("sthlm-svenska-2027v-01")
                .setChoiceRank(1)
                .setChange(CostDecisionRequested.newBuilder()
                        .setApplicant(Applicant.newBuilder()
                                .setNationalId("198112189876")
                                .setIdentityType(IdentityType.SE_PERSONNUMMER)
                                .setGivenName("Sara")
                                .setFamilyName("Lind")
                                .setEmail("sara.lind@example.test")
                                .setLanguage(Language.SV)
                                .setHomeMunicipality("se-0380")
                                .build())
                        .setCourseCode("SVESVE01")
                        .setCourseName("Svenska 1")
                        .setCourseKind(CourseKind.UPPER_SECONDARY_GENERAL)
                        .setPrincipalMunicipality("se-0180")
                        .setSeatOwner("stockholm-vux")
                        .setStartDate(LocalDate.of(2027, 1, 18))
                        .setPacePercent(100)
                        .build())
                .build();
    }

    private MunicipalityInput roundTrip(MunicipalityInput input) {
        return serde.deserializer().deserialize("topic", serde.serializer().serialize("topic", input));
    }
}
