package org.studiebro.routing.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.studiebro.routing.rules.ApplicationRouterTest.events;
import static org.studiebro.routing.rules.ApplicationRouterTest.only;
import static org.studiebro.routing.rules.TestWorld.GOTEBORG_VUX;
import static org.studiebro.routing.rules.TestWorld.MOLNDAL;
import static org.studiebro.routing.rules.TestWorld.MOLNDAL_VUX;

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
import org.studiebro.events.CostOutcome;
import org.studiebro.events.CostRequestEvent;
import org.studiebro.events.CostRequestWithdrawn;
import org.studiebro.events.SeatOutcome;
import org.studiebro.events.SeatRequestEvent;
import org.studiebro.events.SeatRequestWithdrawn;

class WithdrawalTest {

    private final ApplicationRouter router = new ApplicationRouter(new TestWorld(),
            Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneId.of("Europe/Stockholm")), Duration.ofDays(7));

    /** Mölndal learner admitted to 1 gbg-vard, which withdrew 2 molndal-lager (on reserve) and 3 gbg-matte. */
    private ApplicationRouting admittedToTheFirst(String id) {
        ApplicationRouting application = router.route(TestEvents.submitted(id, MOLNDAL, "gbg-vard", "molndal-lager",
                "gbg-matte"), TestEvents.SUBMITTED_AT).state();
        application = router.onSeatDecided(application,
                TestEvents.seatDecided(id, MOLNDAL_VUX, "molndal-lager", 2, SeatOutcome.RESERVE), MOLNDAL_VUX).state();
        return router.onSeatDecided(application,
                TestEvents.seatDecided(id, GOTEBORG_VUX, "gbg-vard", 1, SeatOutcome.ADMITTED), GOTEBORG_VUX).state();
    }

    @Test
    void everyOpenRequestIsWithdrawnInOneStatusChangeByTheLearner() {
        ApplicationRouting application = router.route(TestEvents.submitted("w-open", MOLNDAL, "gbg-vard",
                "molndal-lager", "gbg-matte", "no-such-course"), TestEvents.SUBMITTED_AT).state();
        application = router.onSeatDecided(application,
                TestEvents.seatDecided("w-open", MOLNDAL_VUX, "molndal-lager", 2, SeatOutcome.RESERVE), MOLNDAL_VUX)
                .state();

        RoutingOutcome outcome = router.onWithdrawal(application, TestEvents.withdrawal("w-open"));

        assertThat(events(outcome, SeatRequestEvent.class)).extracting(SeatRequestEvent::getSeatOwner,
                SeatRequestEvent::getChoiceRank).containsExactly(
                        tuple(GOTEBORG_VUX, 1),
                        tuple(MOLNDAL_VUX, 2));
        assertThat(events(outcome, SeatRequestEvent.class)).allSatisfy(request -> {
            SeatRequestWithdrawn withdrawn = (SeatRequestWithdrawn) request.getChange();
            assertThat(withdrawn.getReasonCode()).isEqualTo("WITHDRAWN_BY_LEARNER");
            assertThat(withdrawn.getReason()).doesNotContain("jobb");
        });
        CostRequestEvent cost = only(outcome, CostRequestEvent.class);
        assertThat(cost.getChoiceRank()).isEqualTo(3);
        assertThat(((CostRequestWithdrawn) cost.getChange()).getReasonCode()).isEqualTo("WITHDRAWN_BY_LEARNER");

        ApplicationStatusChanged status = only(outcome, ApplicationStatusChanged.class);
        assertThat(status.getStatus()).isEqualTo(ApplicationState.WITHDRAWN);
        assertThat(status.getVersion()).isEqualTo(3);
        assertThat(status.getChoices()).extracting(ChoiceStatus::getState).containsExactly(ChoiceState.WITHDRAWN,
                ChoiceState.WITHDRAWN, ChoiceState.WITHDRAWN, ChoiceState.UNKNOWN_COURSE);
        assertThat(status.getChoices().getFirst().getAuthority()).isEqualTo(Authority.LEARNER);
        assertThat(status.getChange().getAuthority()).isEqualTo(Authority.LEARNER);
        assertThat(status.getChange().getDecidedBy()).isEqualTo("learner");
        assertThat(status.getChange().getReasonCode()).isEqualTo("WITHDRAWN_BY_LEARNER");
        assertThat(status.getChange().getReason()).endsWith(": Jag har fått jobb.");
        assertThat(status.getChange().getChoiceRank()).isNull();
        assertThat(outcome.state().choices()).allSatisfy(choice -> assertThat(choice.costRequest()).isNull());
    }

    @Test
    void anAdmissionIsWithdrawnToo() {
        RoutingOutcome outcome = router.onWithdrawal(admittedToTheFirst("w-admitted"),
                TestEvents.withdrawal("w-admitted"));

        assertThat(events(outcome, SeatRequestEvent.class)).extracting(SeatRequestEvent::getChoiceRank)
                .containsExactly(1);
        assertThat(events(outcome, CostRequestEvent.class)).isEmpty();
        assertThat(only(outcome, ApplicationStatusChanged.class).getStatus()).isEqualTo(ApplicationState.WITHDRAWN);
    }

    @Test
    void aSecondWithdrawalAndLaterDecisionsChangeNothing() {
        ApplicationRouting withdrawn = router.onWithdrawal(router.route(TestEvents.submitted("w-twice", MOLNDAL,
                "gbg-vard", "gbg-matte"), TestEvents.SUBMITTED_AT).state(), TestEvents.withdrawal("w-twice")).state();

        assertThat(router.onWithdrawal(withdrawn, TestEvents.withdrawal("w-twice")).isChanged()).isFalse();
        assertThat(router.onSeatDecided(withdrawn, TestEvents.seatDecided("w-twice", GOTEBORG_VUX, "gbg-vard", 1,
                SeatOutcome.ADMITTED), GOTEBORG_VUX).isChanged()).isFalse();
        assertThat(router.onSeatDecided(withdrawn, TestEvents.seatDecided("w-twice", GOTEBORG_VUX, "gbg-vard", 1,
                SeatOutcome.COURSE_CANCELLED), GOTEBORG_VUX).isChanged()).isFalse();
        assertThat(router.onCostDecided(withdrawn, TestEvents.costDecided("w-twice", MOLNDAL, "gbg-matte", 2,
                CostOutcome.APPROVED), MOLNDAL).isChanged()).isFalse();
    }

    @Test
    void withNothingOpenTheApplicationIsStillWithdrawn() {
        ApplicationRouting application = router.route(TestEvents.submitted("w-closed", MOLNDAL, "no-such-course"),
                TestEvents.SUBMITTED_AT).state();

        RoutingOutcome outcome = router.onWithdrawal(application, TestEvents.withdrawal("w-closed"));

        assertThat(outcome.events()).hasSize(1);
        ApplicationStatusChanged status = only(outcome, ApplicationStatusChanged.class);
        assertThat(status.getStatus()).isEqualTo(ApplicationState.WITHDRAWN);
        assertThat(status.getChoices().getFirst().getState()).isEqualTo(ChoiceState.UNKNOWN_COURSE);
    }
}
