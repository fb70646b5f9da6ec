package org.studiebro.routing.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.studiebro.routing.rules.ApplicationRouterTest.events;
import static org.studiebro.routing.rules.ApplicationRouterTest.only;
import static org.studiebro.routing.rules.TestWorld.GOTEBORG_VUX;
import static org.studiebro.routing.rules.TestWorld.MOLNDAL;
import static org.studiebro.routing.rules.TestWorld.MOLNDAL_VUX;
import static org.studiebro.routing.rules.TestWorld.STOCKHOLM;
import static org.studiebro.routing.rules.TestWorld.STOCKHOLM_VUX;
import static org.studiebro.routing.rules.TestWorld.UPPSALA;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.studiebro.events.ApplicationState;
import org.studiebro.events.ApplicationStatusChanged;
import org.studiebro.events.Authority;
import org.studiebro.events.ChoiceState;
import org.studiebro.events.ChoiceStatus;
import org.studiebro.events.CostDecided;
import org.studiebro.events.CostDecisionState;
import org.studiebro.events.CostOutcome;
import org.studiebro.events.CostRequestEvent;
import org.studiebro.events.CostRequestWithdrawn;
import org.studiebro.events.SeatDecided;
import org.studiebro.events.SeatOutcome;
import org.studiebro.events.SeatRequestEvent;
import org.studiebro.events.SeatRequestWithdrawn;
import org.studiebro.events.SeatRequested;

class ApplicationRouterDecisionsTest {

    private final ApplicationRouter router = new ApplicationRouter(new TestWorld(),
            Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneId.of("Europe/Stockholm")), Duration.ofDays(7));

    /** Mölndal learner: 1 gbg-vard and 2 gbg-el and 3 molndal-lager at seat owners, 4 gbg-matte awaiting cost. */
    private ApplicationRouting fourChoices(String applicationId) {
        return router.route(TestEvents.submitted(applicationId, MOLNDAL, "gbg-vard", "gbg-el", "molndal-lager",
                "gbg-matte"), TestEvents.SUBMITTED_AT).state();
    }

    @Test
    void anAdmissionWithdrawsEveryLowerChoiceStillOpenAndKeepsHigherOnesOpen() {
        ApplicationRouting application = fourChoices("a-ranked");
        SeatDecided admitted = TestEvents.seatDecided("a-ranked", GOTEBORG_VUX, "gbg-el", 2, SeatOutcome.ADMITTED);

        RoutingOutcome outcome = router.onSeatDecided(application, admitted, GOTEBORG_VUX);

        SeatRequestEvent withdrawn = only(outcome, SeatRequestEvent.class);
        assertThat(withdrawn.getSeatOwner()).isEqualTo(MOLNDAL_VUX);
        assertThat(withdrawn.getChoiceRank()).isEqualTo(3);
        assertThat(((SeatRequestWithdrawn) withdrawn.getChange()).getReasonCode()).isEqualTo("HIGHER_CHOICE_ADMITTED");
        CostRequestEvent costWithdrawn = only(outcome, CostRequestEvent.class);
        assertThat(costWithdrawn.getHomeMunicipality()).isEqualTo(MOLNDAL);
        assertThat(costWithdrawn.getChoiceRank()).isEqualTo(4);
        assertThat(((CostRequestWithdrawn) costWithdrawn.getChange()).getReasonCode())
                .isEqualTo("HIGHER_CHOICE_ADMITTED");

        ApplicationStatusChanged status = only(outcome, ApplicationStatusChanged.class);
        assertThat(status.getVersion()).isEqualTo(2);
        assertThat(status.getStatus()).isEqualTo(ApplicationState.ADMITTED);
        assertThat(status.getChoices()).extracting(ChoiceStatus::getState).containsExactly(
                ChoiceState.SEAT_REQUESTED, ChoiceState.ADMITTED, ChoiceState.WITHDRAWN, ChoiceState.WITHDRAWN);
        assertThat(status.getChange().getChoiceRank()).isEqualTo(2);
        assertThat(status.getChange().getAuthority()).isEqualTo(Authority.SEAT_OWNER);
        assertThat(status.getChange().getDecidedBy()).isEqualTo("goteborg-vux/antagning");
        assertThat(status.getChange().getReasonCode()).isEqualTo("ADMITTED");
        assertThat(status.getMetadata().getCausationId()).isEqualTo(admitted.getMetadata().getEventId());
        assertThat(status.getMetadata().getCorrelationId()).isEqualTo("correlation-a-ranked");
        assertThat(status.getChoices().get(2).getReasonCode()).isEqualTo("HIGHER_CHOICE_ADMITTED");
    }

    @Test
    void aLaterAdmissionOfAHigherChoiceReleasesTheEarlierAdmission() {
        ApplicationRouting application = router.onSeatDecided(fourChoices("a-release"),
                TestEvents.seatDecided("a-release", GOTEBORG_VUX, "gbg-el", 2, SeatOutcome.ADMITTED),
                GOTEBORG_VUX).state();

        RoutingOutcome outcome = router.onSeatDecided(application,
                TestEvents.seatDecided("a-release", GOTEBORG_VUX, "gbg-vard", 1, SeatOutcome.ADMITTED), GOTEBORG_VUX);

        SeatRequestEvent released = only(outcome, SeatRequestEvent.class);
        assertThat(released.getChoiceRank()).isEqualTo(2);
        assertThat(released.getSeatOwner()).isEqualTo(GOTEBORG_VUX);
        assertThat(((SeatRequestWithdrawn) released.getChange()).getReasonCode()).isEqualTo("HIGHER_CHOICE_ADMITTED");
        assertThat(events(outcome, CostRequestEvent.class)).isEmpty();
        ApplicationStatusChanged status = only(outcome, ApplicationStatusChanged.class);
        assertThat(status.getVersion()).isEqualTo(3);
        assertThat(status.getChoices()).extracting(ChoiceStatus::getState).containsExactly(
                ChoiceState.ADMITTED, ChoiceState.WITHDRAWN, ChoiceState.WITHDRAWN, ChoiceState.WITHDRAWN);
        assertThat(status.getStatus()).isEqualTo(ApplicationState.ADMITTED);
    }

    @Test
    void aDecisionOnAWithdrawnChoiceIsIgnored() {
        ApplicationRouting application = router.onSeatDecided(fourChoices("a-late"),
                TestEvents.seatDecided("a-late", GOTEBORG_VUX, "gbg-vard", 1, SeatOutcome.ADMITTED),
                GOTEBORG_VUX).state();

        RoutingOutcome outcome = router.onSeatDecided(application,
                TestEvents.seatDecided("a-late", MOLNDAL_VUX, "molndal-lager", 3, SeatOutcome.ADMITTED), MOLNDAL_VUX);

        assertThat(outcome.isChanged()).isFalse();
        assertThat(outcome.isUnprocessable()).isFalse();
        assertThat(outcome.events()).isEmpty();
    }

    @Test
    void aReserveKeepsItsPositionAndMayStillBeAdmitted() {
        RoutingOutcome reserve = router.onSeatDecided(fourChoices("a-reserve"),
                TestEvents.seatDecided("a-reserve", GOTEBORG_VUX, "gbg-vard", 1, SeatOutcome.RESERVE), GOTEBORG_VUX);

        ChoiceStatus choice = only(reserve, ApplicationStatusChanged.class).getChoices().getFirst();
        assertThat(choice.getState()).isEqualTo(ChoiceState.RESERVE);
        assertThat(choice.getReservePosition()).isEqualTo(4);

        RoutingOutcome admitted = router.onSeatDecided(reserve.state(),
                TestEvents.seatDecided("a-reserve", GOTEBORG_VUX, "gbg-vard", 1, SeatOutcome.ADMITTED), GOTEBORG_VUX);
        assertThat(only(admitted, ApplicationStatusChanged.class).getChoices().getFirst().getState())
                .isEqualTo(ChoiceState.ADMITTED);
        assertThat(only(admitted, ApplicationStatusChanged.class).getChoices().getFirst().getReservePosition())
                .isNull();
    }

    @Test
    void refusalsOfSeatOwnersAreStatesOfTheirChoices() {
        String id = "a-refusals";
        ApplicationRouting application = router.route(TestEvents.submitted(id, MOLNDAL, "gbg-vard", "gbg-el",
                "molndal-lager"), TestEvents.SUBMITTED_AT).state();
        application = router.onSeatDecided(application,
                TestEvents.seatDecided(id, GOTEBORG_VUX, "gbg-vard", 1, SeatOutcome.NOT_ELIGIBLE), GOTEBORG_VUX).state();
        application = router.onSeatDecided(application,
                TestEvents.seatDecided(id, GOTEBORG_VUX, "gbg-el", 2, SeatOutcome.NOT_ADMITTED), GOTEBORG_VUX).state();
        assertThat(application.status()).isEqualTo(ApplicationState.AWAITING_SEAT_OWNER);

        RoutingOutcome outcome = router.onSeatDecided(application,
                TestEvents.seatDecided(id, MOLNDAL_VUX, "molndal-lager", 3, SeatOutcome.COURSE_CANCELLED), MOLNDAL_VUX);

        ApplicationStatusChanged status = only(outcome, ApplicationStatusChanged.class);
        assertThat(status.getChoices()).extracting(ChoiceStatus::getState).containsExactly(
                ChoiceState.NOT_ELIGIBLE, ChoiceState.NOT_ADMITTED, ChoiceState.COURSE_CANCELLED);
        assertThat(status.getStatus()).isEqualTo(ApplicationState.NOT_ADMITTED);
        assertThat(status.getVersion()).isEqualTo(4);
    }

    @Test
    void anApprovedCostDecisionSendsTheSeatRequest() {
        ApplicationRouting application = router.route(TestEvents.submitted("a-approved", UPPSALA, "sthlm-it"),
                TestEvents.SUBMITTED_AT).state();
        CostDecided approved = TestEvents.costDecided("a-approved", UPPSALA, "sthlm-it", 1, CostOutcome.APPROVED);

        RoutingOutcome outcome = router.onCostDecided(application, approved, UPPSALA);

        SeatRequestEvent request = only(outcome, SeatRequestEvent.class);
        assertThat(request.getSeatOwner()).isEqualTo(STOCKHOLM_VUX);
        assertThat(((SeatRequested) request.getChange()).getCostDecision()).isEqualTo(CostDecisionState.APPROVED);
        assertThat(request.getMetadata().getCausationId()).isEqualTo(approved.getMetadata().getEventId());
        ApplicationStatusChanged status = only(outcome, ApplicationStatusChanged.class);
        assertThat(status.getStatus()).isEqualTo(ApplicationState.AWAITING_SEAT_OWNER);
        assertThat(status.getChange().getAuthority()).isEqualTo(Authority.HOME_MUNICIPALITY);
        assertThat(status.getChange().getDecidedBy()).isEqualTo("se-0380/handlaggare-7");
        assertThat(status.getChoices().getFirst().getCostDecision()).isEqualTo(CostDecisionState.APPROVED);
        assertThat(status.getChoices().getFirst().getState()).isEqualTo(ChoiceState.SEAT_REQUESTED);
    }

    @Test
    void aRefusedCostDecisionTellsHowToAppeal() {
        ApplicationRouting application = router.route(TestEvents.submitted("a-refused", UPPSALA, "sthlm-it"),
                TestEvents.SUBMITTED_AT).state();

        RoutingOutcome outcome = router.onCostDecided(application,
                TestEvents.costDecided("a-refused", UPPSALA, "sthlm-it", 1, CostOutcome.REFUSED), UPPSALA);

        assertThat(events(outcome, SeatRequestEvent.class)).isEmpty();
        ApplicationStatusChanged status = only(outcome, ApplicationStatusChanged.class);
        ChoiceStatus choice = status.getChoices().getFirst();
        assertThat(choice.getState()).isEqualTo(ChoiceState.COST_REFUSED);
        assertThat(choice.getCostDecision()).isEqualTo(CostDecisionState.REFUSED);
        assertThat(choice.getReason()).isEqualTo("Kursen ges i hemkommunen. " + AppealText.SWEDEN);
        assertThat(choice.getReasonCode()).isEqualTo("COST_REFUSED");
        assertThat(status.getChange().getReasonCode()).isEqualTo("COST_REFUSED");
        assertThat(status.getChange().getReason()).endsWith("Skolväsendets överklagandenämnd inom tre veckor från"
                + " den dag du fick del av beslutet.");
        assertThat(status.getStatus()).isEqualTo(ApplicationState.NOT_ADMITTED);
    }

    @Test
    void aCostDecisionForAChoiceNoLongerAwaitingOneIsIgnored() {
        ApplicationRouting application = router.route(TestEvents.submitted("a-twice", UPPSALA, "sthlm-it"),
                TestEvents.SUBMITTED_AT).state();
        CostDecided approved = TestEvents.costDecided("a-twice", UPPSALA, "sthlm-it", 1, CostOutcome.APPROVED);
        application = router.onCostDecided(application, approved, UPPSALA).state();

        assertThat(router.onCostDecided(application, approved, UPPSALA).isChanged()).isFalse();
    }

    @Test
    void decisionsFromTheWrongPartyOrForNoSuchChoiceCannotBeProcessed() {
        ApplicationRouting application = router.route(TestEvents.submitted("a-wrong", UPPSALA, "sthlm-it"),
                TestEvents.SUBMITTED_AT).state();

        assertThat(router.onCostDecided(application,
                TestEvents.costDecided("a-wrong", STOCKHOLM, "sthlm-it", 1, CostOutcome.APPROVED), STOCKHOLM)
                .isUnprocessable()).isTrue();
        assertThat(router.onCostDecided(application,
                TestEvents.costDecided("a-wrong", UPPSALA, "sthlm-it", 2, CostOutcome.APPROVED), UPPSALA)
                .isUnprocessable()).isTrue();
        assertThat(router.onSeatDecided(application,
                TestEvents.seatDecided("a-wrong", STOCKHOLM_VUX, "sthlm-it", 1, SeatOutcome.ADMITTED), GOTEBORG_VUX)
                .isUnprocessable()).isTrue();
        assertThat(router.onSeatDecided(application,
                TestEvents.seatDecided("a-wrong", GOTEBORG_VUX, "sthlm-it", 1, SeatOutcome.ADMITTED), GOTEBORG_VUX)
                .isUnprocessable()).isTrue();
    }
}
