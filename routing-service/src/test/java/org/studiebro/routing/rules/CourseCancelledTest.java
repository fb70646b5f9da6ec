package org.studiebro.routing.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.studiebro.routing.rules.ApplicationRouterTest.events;
import static org.studiebro.routing.rules.ApplicationRouterTest.only;
import static org.studiebro.routing.rules.TestWorld.GOTEBORG_VUX;
import static org.studiebro.routing.rules.TestWorld.MOLNDAL;
import static org.studiebro.routing.rules.TestWorld.MOLNDAL_VUX;
import static org.studiebro.routing.rules.TestWorld.STOCKHOLM_VUX;
import static org.studiebro.routing.rules.TestWorld.UPPSALA;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.studiebro.events.ApplicationState;
import org.studiebro.events.ApplicationStatusChanged;
import org.studiebro.events.ChoiceState;
import org.studiebro.events.ChoiceStatus;
import org.studiebro.events.CostDecisionRequested;
import org.studiebro.events.CostDecisionState;
import org.studiebro.events.CostOutcome;
import org.studiebro.events.CostRequestEvent;
import org.studiebro.events.SeatDecided;
import org.studiebro.events.SeatOutcome;
import org.studiebro.events.SeatRequestEvent;
import org.studiebro.events.SeatRequested;

/** A seat owner cancels a course: before admission the other choices stay open, after it routing moves on. */
class CourseCancelledTest {

    private final ApplicationRouter router = new ApplicationRouter(new TestWorld(),
            Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneId.of("Europe/Stockholm")), Duration.ofDays(7));

    /** Mölndal learner: 1 gbg-vard and 2 gbg-el and 3 molndal-lager at seat owners, 4 gbg-matte awaiting cost. */
    private ApplicationRouting fourChoices(String applicationId) {
        return router.route(TestEvents.submitted(applicationId, MOLNDAL, "gbg-vard", "gbg-el", "molndal-lager",
                "gbg-matte"), TestEvents.SUBMITTED_AT).state();
    }

    @Test
    void aCourseCancelledAfterAdmissionRoutesAgainTheChoicesWithdrawnForIt() {
        ApplicationRouting admitted = router.onSeatDecided(fourChoices("a-cancelled"),
                TestEvents.seatDecided("a-cancelled", GOTEBORG_VUX, "gbg-el", 2, SeatOutcome.ADMITTED),
                GOTEBORG_VUX).state();
        SeatDecided cancelled = TestEvents.seatDecided("a-cancelled", GOTEBORG_VUX, "gbg-el", 2,
                SeatOutcome.COURSE_CANCELLED);

        RoutingOutcome outcome = router.onSeatDecided(admitted, cancelled, GOTEBORG_VUX);

        SeatRequestEvent seatRequest = only(outcome, SeatRequestEvent.class);
        assertThat(seatRequest.getSeatOwner()).isEqualTo(MOLNDAL_VUX);
        assertThat(seatRequest.getChoiceRank()).isEqualTo(3);
        assertThat(seatRequest.getChange()).isInstanceOf(SeatRequested.class);
        assertThat(seatRequest.getMetadata().getCausationId()).isEqualTo(cancelled.getMetadata().getEventId());
        CostRequestEvent costRequest = only(outcome, CostRequestEvent.class);
        assertThat(costRequest.getChoiceRank()).isEqualTo(4);
        assertThat(costRequest.getChange()).isInstanceOf(CostDecisionRequested.class);
        ApplicationStatusChanged status = only(outcome, ApplicationStatusChanged.class);
        assertThat(status.getVersion()).isEqualTo(3);
        assertThat(status.getChange().getReasonCode()).isEqualTo("COURSE_CANCELLED");
        assertThat(status.getChange().getChoiceRank()).isEqualTo(2);
        assertThat(status.getChoices()).extracting(ChoiceStatus::getState).containsExactly(
                ChoiceState.SEAT_REQUESTED, ChoiceState.COURSE_CANCELLED, ChoiceState.SEAT_REQUESTED,
                ChoiceState.AWAITING_COST_DECISION);
        assertThat(status.getStatus()).isEqualTo(ApplicationState.AWAITING_COST_DECISION);
        assertThat(outcome.state().choice(4).orElseThrow().costRequest().eventId())
                .isEqualTo(costRequest.getMetadata().getEventId());
    }

    @Test
    void aChoiceRoutedAgainKeepsItsApprovedCost() {
        String id = "a-approved-again";
        ApplicationRouting application = router.route(TestEvents.submitted(id, UPPSALA, "sthlm-it", "gbg-vard"),
                TestEvents.SUBMITTED_AT).state();
        application = router.onCostDecided(application, TestEvents.costDecided(id, UPPSALA, "gbg-vard", 2,
                CostOutcome.APPROVED), UPPSALA).state();
        application = router.onSeatDecided(application, TestEvents.seatDecided(id, GOTEBORG_VUX, "gbg-vard", 2,
                SeatOutcome.ADMITTED), GOTEBORG_VUX).state();
        application = router.onCostDecided(application, TestEvents.costDecided(id, UPPSALA, "sthlm-it", 1,
                CostOutcome.APPROVED), UPPSALA).state();
        application = router.onSeatDecided(application, TestEvents.seatDecided(id, STOCKHOLM_VUX, "sthlm-it", 1,
                SeatOutcome.ADMITTED), STOCKHOLM_VUX).state();
        assertThat(application.choice(2).orElseThrow().state()).isEqualTo(ChoiceState.WITHDRAWN);

        RoutingOutcome outcome = router.onSeatDecided(application, TestEvents.seatDecided(id, STOCKHOLM_VUX,
                "sthlm-it", 1, SeatOutcome.COURSE_CANCELLED), STOCKHOLM_VUX);

        assertThat(events(outcome, CostRequestEvent.class)).isEmpty();
        SeatRequestEvent again = only(outcome, SeatRequestEvent.class);
        assertThat(again.getSeatOwner()).isEqualTo(GOTEBORG_VUX);
        assertThat(((SeatRequested) again.getChange()).getCostDecision()).isEqualTo(CostDecisionState.APPROVED);
        assertThat(only(outcome, ApplicationStatusChanged.class).getStatus())
                .isEqualTo(ApplicationState.AWAITING_SEAT_OWNER);
    }

    @Test
    void aCourseCancelledBeforeAdmissionLeavesTheOtherChoicesAsTheyAre() {
        RoutingOutcome outcome = router.onSeatDecided(fourChoices("a-cancelled-early"), TestEvents.seatDecided(
                "a-cancelled-early", GOTEBORG_VUX, "gbg-vard", 1, SeatOutcome.COURSE_CANCELLED), GOTEBORG_VUX);

        assertThat(outcome.events()).hasSize(1);
        ApplicationStatusChanged status = only(outcome, ApplicationStatusChanged.class);
        assertThat(status.getChoices()).extracting(ChoiceStatus::getState).containsExactly(
                ChoiceState.COURSE_CANCELLED, ChoiceState.SEAT_REQUESTED, ChoiceState.SEAT_REQUESTED,
                ChoiceState.AWAITING_COST_DECISION);
        assertThat(status.getStatus()).isEqualTo(ApplicationState.AWAITING_COST_DECISION);
    }

    @Test
    void anAdmissionCanOnlyBeCancelledNotRefusedAfterwards() {
        ApplicationRouting admitted = router.onSeatDecided(fourChoices("a-admitted"), TestEvents.seatDecided(
                "a-admitted", GOTEBORG_VUX, "gbg-vard", 1, SeatOutcome.ADMITTED), GOTEBORG_VUX).state();

        assertThat(router.onSeatDecided(admitted, TestEvents.seatDecided("a-admitted", GOTEBORG_VUX, "gbg-vard", 1,
                SeatOutcome.NOT_ADMITTED), GOTEBORG_VUX).isChanged()).isFalse();
        assertThat(router.onSeatDecided(admitted, TestEvents.seatDecided("a-admitted", GOTEBORG_VUX, "gbg-vard", 1,
                SeatOutcome.RESERVE), GOTEBORG_VUX).isChanged()).isFalse();
    }
}
