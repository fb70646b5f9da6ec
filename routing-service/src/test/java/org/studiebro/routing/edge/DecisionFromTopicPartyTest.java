package org.studiebro.routing.edge;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.studiebro.events.CostDecided;
import org.studiebro.events.CostOutcome;
import org.studiebro.events.EventMetadata;
import org.studiebro.events.SeatDecided;
import org.studiebro.events.SeatOutcome;
import org.studiebro.schemas.Topics;

class DecisionFromTopicPartyTest {

    private final DecisionFromTopicParty<SeatDecided> seatDecisions =
            new DecisionFromTopicParty<>(SeatDecided.class, SeatDecided::getSeatOwner);
    private final DecisionFromTopicParty<CostDecided> costDecisions =
            new DecisionFromTopicParty<>(CostDecided.class, CostDecided::getHomeMunicipality);

    @Test
    void aPartysDecisionOnItsOwnTopicGoesThrough() {
        assertThatCode(() -> seatDecisions.check(Topics.seatDecisions("goteborg-vux"), seat("goteborg-vux")))
                .doesNotThrowAnyException();
        assertThatCode(() -> costDecisions.check(Topics.costDecisions("se-0380"), cost("se-0380")))
                .doesNotThrowAnyException();
    }

    @Test
    void aDecisionInAnotherPartysNameIsRefused() {
        assertThatThrownBy(() -> seatDecisions.check(Topics.seatDecisions("molndal-vux"), seat("goteborg-vux")))
                .isInstanceOf(RefusedDecisionException.class)
                .hasMessage("a decision on seat-decisions.molndal-vux in the name of goteborg-vux: a party decides"
                        + " only on its own topic");
        assertThatThrownBy(() -> costDecisions.check(Topics.costDecisions("se-1480"), cost("se-0380")))
                .isInstanceOf(RefusedDecisionException.class);
    }

    @Test
    void aRecordOfAnotherKindOrATombstoneIsRefused() {
        assertThatThrownBy(() -> seatDecisions.check(Topics.seatDecisions("goteborg-vux"), cost("goteborg-vux")))
                .isInstanceOf(RefusedDecisionException.class)
                .hasMessageContaining("a CostDecided on seat-decisions.goteborg-vux");
        assertThatThrownBy(() -> seatDecisions.check(Topics.seatDecisions("goteborg-vux"), null))
                .isInstanceOf(RefusedDecisionException.class)
                .hasMessageContaining("a null value");
    }

    private static SeatDecided seat(String seatOwner) {
        return SeatDecided.newBuilder().setMetadata(metadata()).setApplicationId("a-1").setSeatOwner(seatOwner)
                .setCourseEventId("gbg-vard").setChoiceRank(1).setOutcome(SeatOutcome.ADMITTED)
                .setReasonCode("SEATS_AVAILABLE").setReason("plats").setDecidedBy(seatOwner + "/officer").build();
    }

    private static CostDecided cost(String municipality) {
        return CostDecided.newBuilder().setMetadata(metadata()).setApplicationId("a-1")
                .setHomeMunicipality(municipality).setCourseEventId("gbg-vard").setChoiceRank(1)
                .setOutcome(CostOutcome.APPROVED).setReasonCode("APPROVED").setReason("ok")
                .setDecidedBy(municipality + "/officer").build();
    }

    private static EventMetadata metadata() {
        return EventMetadata.newBuilder().setEventId("e-1").setOccurredAt(java.time.Instant.EPOCH)
                .setCorrelationId("c-1").setProducer("test").build();
    }
}
