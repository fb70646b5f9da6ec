package org.studiebro.routing.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.studiebro.routing.rules.TestWorld.GOTEBORG;
import static org.studiebro.routing.rules.TestWorld.GOTEBORG_VUX;
import static org.studiebro.routing.rules.TestWorld.MOLNDAL;
import static org.studiebro.routing.rules.TestWorld.STOCKHOLM;
import static org.studiebro.routing.rules.TestWorld.STOCKHOLM_VUX;
import static org.studiebro.routing.rules.TestWorld.UPPSALA;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import org.apache.avro.specific.SpecificRecord;
import org.junit.jupiter.api.Test;
import org.studiebro.events.ApplicationState;
import org.studiebro.events.ApplicationStatusChanged;
import org.studiebro.events.ApplicationSubmitted;
import org.studiebro.events.Authority;
import org.studiebro.events.ChoiceState;
import org.studiebro.events.ChoiceStatus;
import org.studiebro.events.CostDecisionRequested;
import org.studiebro.events.CostDecisionState;
import org.studiebro.events.CostRequestEvent;
import org.studiebro.events.SeatRequestEvent;
import org.studiebro.events.SeatRequested;

class ApplicationRouterTest {

    private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");

    private final ApplicationRouter router = new ApplicationRouter(new TestWorld(),
            Clock.fixed(NOW, ZoneId.of("Europe/Stockholm")), Duration.ofDays(7));

    @Test
    void ownMunicipalityNeedsNoCostDecisionAndAsksTheSeatOwner() {
        ApplicationSubmitted submitted = TestEvents.submitted("a-own", GOTEBORG, "gbg-vard");

        RoutingOutcome outcome = router.route(submitted, TestEvents.SUBMITTED_AT);

        SeatRequestEvent request = only(outcome, SeatRequestEvent.class);
        assertThat(request.getSeatOwner()).isEqualTo(GOTEBORG_VUX);
        assertThat(request.getCourseEventId()).isEqualTo("gbg-vard");
        assertThat(request.getChoiceRank()).isEqualTo(1);
        SeatRequested requested = (SeatRequested) request.getChange();
        assertThat(requested.getCostDecision()).isEqualTo(CostDecisionState.NOT_NEEDED);
        assertThat(requested.getPriorityGroup()).isEqualTo(2);
        assertThat(requested.getSubmittedAt()).isEqualTo(TestEvents.SUBMITTED_AT);
        assertThat(requested.getApplicant().getNationalId()).isEqualTo("198112189876");
        assertThat(requested.getCourseCode()).isEqualTo("CODE-gbg-vard");
        assertThat(request.getMetadata().getCausationId()).isEqualTo(submitted.getMetadata().getEventId());
        assertThat(request.getMetadata().getCorrelationId()).isEqualTo("correlation-a-own");

        ApplicationStatusChanged status = only(outcome, ApplicationStatusChanged.class);
        assertThat(status.getVersion()).isEqualTo(1);
        assertThat(status.getStatus()).isEqualTo(ApplicationState.AWAITING_SEAT_OWNER);
        assertThat(status.getChange().getReasonCode()).isEqualTo("ROUTED");
        assertThat(status.getChange().getAuthority()).isEqualTo(Authority.STUDIEBRO);
        assertThat(status.getChange().getDecidedBy()).isEqualTo("studiebro-routing");
        assertThat(status.getChange().getChoiceRank()).isNull();
        assertThat(status.getMetadata().getCausationId()).isEqualTo(submitted.getMetadata().getEventId());
        assertThat(status.getMetadata().getCorrelationId()).isEqualTo("correlation-a-own");
        ChoiceStatus choice = status.getChoices().getFirst();
        assertThat(choice.getState()).isEqualTo(ChoiceState.SEAT_REQUESTED);
        assertThat(choice.getSeatOwner()).isEqualTo(GOTEBORG_VUX);
        assertThat(choice.getPrincipalMunicipality()).isEqualTo(GOTEBORG);
        assertThat(choice.getCourseName()).isEqualTo("Course gbg-vard");
    }

    @Test
    void anAgreementThatCoversTheCourseKindSettlesTheCostAutomatically() {
        RoutingOutcome outcome = router.route(TestEvents.submitted("a-auto", MOLNDAL, "gbg-vard"),
                TestEvents.SUBMITTED_AT);

        SeatRequestEvent request = only(outcome, SeatRequestEvent.class);
        assertThat(((SeatRequested) request.getChange()).getCostDecision()).isEqualTo(CostDecisionState.AUTOMATIC);
        assertThat(events(outcome, CostRequestEvent.class)).isEmpty();
        assertThat(only(outcome, ApplicationStatusChanged.class).getChoices().getFirst().getCostDecision())
                .isEqualTo(CostDecisionState.AUTOMATIC);
    }

    @Test
    void anAgreementThatDoesNotCoverTheCourseKindLeavesTheCostToTheHomeMunicipality() {
        RoutingOutcome outcome = router.route(TestEvents.submitted("a-kind", MOLNDAL, "gbg-matte"),
                TestEvents.SUBMITTED_AT);

        CostRequestEvent request = only(outcome, CostRequestEvent.class);
        assertThat(request.getHomeMunicipality()).isEqualTo(MOLNDAL);
        assertThat(events(outcome, SeatRequestEvent.class)).isEmpty();
    }

    @Test
    void withoutAnAgreementTheHomeMunicipalityIsAskedAboutTheCost() {
        RoutingOutcome outcome = router.route(TestEvents.submitted("a-uppsala", UPPSALA, "sthlm-it"),
                TestEvents.SUBMITTED_AT);

        CostRequestEvent request = only(outcome, CostRequestEvent.class);
        assertThat(request.getHomeMunicipality()).isEqualTo(UPPSALA);
        assertThat(request.getChoiceRank()).isEqualTo(1);
        CostDecisionRequested requested = (CostDecisionRequested) request.getChange();
        assertThat(requested.getSeatOwner()).isEqualTo(STOCKHOLM_VUX);
        assertThat(requested.getPrincipalMunicipality()).isEqualTo(STOCKHOLM);
        assertThat(requested.getPacePercent()).isEqualTo(100);
        ApplicationStatusChanged status = only(outcome, ApplicationStatusChanged.class);
        assertThat(status.getStatus()).isEqualTo(ApplicationState.AWAITING_COST_DECISION);
        assertThat(status.getChoices().getFirst().getState()).isEqualTo(ChoiceState.AWAITING_COST_DECISION);
        assertThat(status.getChoices().getFirst().getCostDecision()).isEqualTo(CostDecisionState.PENDING);
    }

    @Test
    void anAgreementWhereTheHomeMunicipalityDecidesAsksTheHomeMunicipality() {
        RoutingOutcome outcome = router.route(TestEvents.submitted("a-solna", STOCKHOLM, "solna-vard"),
                TestEvents.SUBMITTED_AT);

        assertThat(only(outcome, CostRequestEvent.class).getHomeMunicipality()).isEqualTo(STOCKHOLM);
    }

    @Test
    void anUnknownCourseEventIsAnOutcomeOfItsChoice() {
        RoutingOutcome outcome = router.route(TestEvents.submitted("a-unknown", GOTEBORG, "no-such-course"),
                TestEvents.SUBMITTED_AT);

        ApplicationStatusChanged status = only(outcome, ApplicationStatusChanged.class);
        assertThat(status.getStatus()).isEqualTo(ApplicationState.NOT_ADMITTED);
        ChoiceStatus choice = status.getChoices().getFirst();
        assertThat(choice.getState()).isEqualTo(ChoiceState.UNKNOWN_COURSE);
        assertThat(choice.getReason()).isEqualTo("course event no-such-course is not in the catalog");
        assertThat(outcome.events()).hasSize(1);
    }

    @Test
    void closedCancelledAndLateChoicesAreClosed() {
        ApplicationSubmitted submitted = TestEvents.submitted("a-closed", GOTEBORG, "gbg-closed", "gbg-cancelled",
                "gbg-deadline");
        // 00:30 in Sweden on the day after gbg-deadline's last day.
        RoutingOutcome outcome = router.route(submitted, Instant.parse("2026-11-22T23:30:00Z"));

        ApplicationStatusChanged status = only(outcome, ApplicationStatusChanged.class);
        assertThat(status.getChoices()).extracting(ChoiceStatus::getState).containsOnly(ChoiceState.COURSE_CLOSED);
        assertThat(status.getChoices().get(2).getReason()).contains("deadline");
        assertThat(status.getStatus()).isEqualTo(ApplicationState.NOT_ADMITTED);
        assertThat(outcome.events()).hasSize(1);
    }

    @Test
    void theLastDayOfTheDeadlineStillCounts() {
        RoutingOutcome outcome = router.route(TestEvents.submitted("a-last-day", GOTEBORG, "gbg-deadline"),
                Instant.parse("2026-11-22T22:30:00Z"));

        assertThat(only(outcome, SeatRequestEvent.class).getCourseEventId()).isEqualTo("gbg-deadline");
    }

    @Test
    void choicesAreRoutedInRankOrder() {
        ApplicationSubmitted submitted = TestEvents.submitted("a-order", GOTEBORG, "gbg-vard", "gbg-el");
        submitted.setChoices(List.of(submitted.getChoices().get(1), submitted.getChoices().get(0)));

        RoutingOutcome outcome = router.route(submitted, TestEvents.SUBMITTED_AT);

        assertThat(events(outcome, SeatRequestEvent.class)).extracting(SeatRequestEvent::getChoiceRank)
                .containsExactly(1, 2);
        assertThat(only(outcome, ApplicationStatusChanged.class).getChoices()).extracting(ChoiceStatus::getRank)
                .containsExactly(1, 2);
    }

    @Test
    void anApplicationFromAnUnregisteredMunicipalityCannotBeRouted() {
        RoutingOutcome outcome = router.route(TestEvents.submitted("a-nowhere", "se-9999", "gbg-vard"),
                TestEvents.SUBMITTED_AT);

        assertThat(outcome.isUnprocessable()).isTrue();
        assertThat(outcome.unprocessableReason()).contains("se-9999");
    }

    static <T extends SpecificRecord> List<T> events(RoutingOutcome outcome, Class<T> type) {
        return outcome.events().stream().filter(type::isInstance).map(type::cast).toList();
    }

    static <T extends SpecificRecord> T only(RoutingOutcome outcome, Class<T> type) {
        List<T> events = events(outcome, type);
        assertThat(events).hasSize(1);
        return events.getFirst();
    }
}
