package org.studiebro.routing.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.studiebro.routing.rules.ApplicationRouterTest.events;
import static org.studiebro.routing.rules.ApplicationRouterTest.only;
import static org.studiebro.routing.rules.TestWorld.GOTEBORG;
import static org.studiebro.routing.rules.TestWorld.STOCKHOLM_VUX;
import static org.studiebro.routing.rules.TestWorld.UPPSALA;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

import org.apache.avro.specific.SpecificRecord;
import org.junit.jupiter.api.Test;
import org.studiebro.events.ApplicationState;
import org.studiebro.events.ApplicationStatusChanged;
import org.studiebro.events.Authority;
import org.studiebro.events.ChoiceState;
import org.studiebro.events.CostOutcome;
import org.studiebro.events.CostRequestEvent;
import org.studiebro.events.CostRequestReminded;

class RemindersTest {

    private static final Instant ROUTED_AT = Instant.parse("2026-11-22T10:00:00Z");
    private static final Duration WEEK = Duration.ofDays(7);

    private final ApplicationRouter router = new ApplicationRouter(new TestWorld(),
            Clock.fixed(ROUTED_AT, ZoneId.of("Europe/Stockholm")), WEEK);

    /** Uppsala learner, 1 sthlm-it and 2 gbg-vard both awaiting Uppsala's cost decision. */
    private RoutingOutcome routed(String id) {
        return router.route(TestEvents.submitted(id, UPPSALA, "sthlm-it", "gbg-vard"), TestEvents.SUBMITTED_AT);
    }

    @Test
    void aCostRequestIsKeptWithItsFirstReminderDue() {
        RoutingOutcome outcome = routed("r-request");

        CostRequest request = outcome.state().choice(1).orElseThrow().costRequest();
        assertThat(request.eventId()).isEqualTo(events(outcome, CostRequestEvent.class).getFirst().getMetadata()
                .getEventId());
        assertThat(request.requestedAt()).isEqualTo(ROUTED_AT);
        assertThat(request.reminders()).isZero();
        assertThat(request.remindAt()).isEqualTo(ROUTED_AT.plus(WEEK));
    }

    @Test
    void nothingIsRemindedBeforeItIsDue() {
        RoutingOutcome outcome = router.remind(routed("r-early").state(), ROUTED_AT.plus(WEEK).minusMillis(1));

        assertThat(outcome.isChanged()).isFalse();
    }

    @Test
    void aDueRequestIsRemindedWithAStatusChangeThatKeepsWaitingOnTheHomeMunicipality() {
        RoutingOutcome routed = routed("r-due");
        ApplicationRouting application = router.onCostDecided(routed.state(), TestEvents.costDecided("r-due",
                UPPSALA, "gbg-vard", 2, CostOutcome.REFUSED), UPPSALA).state();
        Instant now = ROUTED_AT.plus(WEEK).plusSeconds(30);

        RoutingOutcome outcome = router.remind(application, now);

        CostRequestEvent reminder = only(outcome, CostRequestEvent.class);
        assertThat(reminder.getHomeMunicipality()).isEqualTo(UPPSALA);
        assertThat(reminder.getChoiceRank()).isEqualTo(1);
        assertThat(reminder.getCourseEventId()).isEqualTo("sthlm-it");
        CostRequestReminded reminded = (CostRequestReminded) reminder.getChange();
        assertThat(reminded.getRequestedAt()).isEqualTo(ROUTED_AT);
        assertThat(reminded.getReminder()).isEqualTo(1);
        CostRequestEvent request = events(routed, CostRequestEvent.class).getFirst();
        assertThat(reminder.getMetadata().getCausationId()).isEqualTo(request.getMetadata().getEventId());
        assertThat(reminder.getMetadata().getCorrelationId()).isEqualTo("correlation-r-due");
        assertThat(reminder.getMetadata().getOccurredAt()).isEqualTo(now);

        ApplicationStatusChanged status = only(outcome, ApplicationStatusChanged.class);
        assertThat(status.getVersion()).isEqualTo(3);
        assertThat(status.getStatus()).isEqualTo(ApplicationState.AWAITING_COST_DECISION);
        assertThat(status.getChange().getReasonCode()).isEqualTo("COST_DECISION_REMINDED");
        assertThat(status.getChange().getAuthority()).isEqualTo(Authority.STUDIEBRO);
        assertThat(status.getChange().getChoiceRank()).isEqualTo(1);
        assertThat(status.getChange().getReason()).contains("2026-11-22", "waiting on the home municipality");
        assertThat(status.getChoices().getFirst().getState()).isEqualTo(ChoiceState.AWAITING_COST_DECISION);
        assertThat(status.getChoices().getFirst().getReasonCode()).isEqualTo("COST_DECISION_REMINDED");
        assertThat(outcome.state().choice(1).orElseThrow().costRequest().remindAt()).isEqualTo(now.plus(WEEK));
    }

    @Test
    void theNextReminderCountsFromTheLastAndIsNumbered() {
        Instant first = ROUTED_AT.plus(WEEK).plus(Duration.ofHours(5));
        ApplicationRouting reminded = router.remind(routed("r-again").state(), first).state();

        assertThat(router.remind(reminded, first.plus(WEEK).minusMillis(1)).isChanged()).isFalse();
        RoutingOutcome second = router.remind(reminded, first.plus(WEEK));

        assertThat(events(second, CostRequestEvent.class)).extracting(
                request -> ((CostRequestReminded) request.getChange()).getReminder()).containsExactly(2, 2);
        assertThat(events(second, ApplicationStatusChanged.class)).extracting(ApplicationStatusChanged::getVersion)
                .containsExactly(4, 5);
    }

    @Test
    void remindingTheSameStateAgainYieldsTheSameEventIds() {
        ApplicationRouting application = routed("r-ids").state();
        Instant now = ROUTED_AT.plus(WEEK);

        RoutingOutcome once = router.remind(application, now);
        RoutingOutcome again = router.remind(application, now);

        assertThat(again.events()).extracting(RemindersTest::eventId)
                .containsExactlyElementsOf(once.events().stream().map(RemindersTest::eventId).toList())
                .doesNotHaveDuplicates();
    }

    private static String eventId(SpecificRecord event) {
        return switch (event) {
            case CostRequestEvent request -> request.getMetadata().getEventId();
            case ApplicationStatusChanged status -> status.getMetadata().getEventId();
            default -> throw new IllegalArgumentException(event.getClass().getName());
        };
    }

    @Test
    void anAnsweredRequestIsNoLongerKept() {
        ApplicationRouting application = router.onCostDecided(routed("r-answered").state(), TestEvents.costDecided(
                "r-answered", UPPSALA, "sthlm-it", 1, CostOutcome.APPROVED), UPPSALA).state();

        assertThat(application.choice(1).orElseThrow().costRequest()).isNull();
        assertThat(application.choice(1).orElseThrow().seatOwner()).isEqualTo(STOCKHOLM_VUX);
        assertThat(router.route(TestEvents.submitted("r-own", GOTEBORG, "gbg-vard"), TestEvents.SUBMITTED_AT)
                .state().choice(1).orElseThrow().costRequest()).isNull();
    }
}
