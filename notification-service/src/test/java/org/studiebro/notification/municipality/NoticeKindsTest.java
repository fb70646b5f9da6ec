package org.studiebro.notification.municipality;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.studiebro.events.ApplicationState;
import org.studiebro.events.ApplicationStatusChanged;
import org.studiebro.events.Authority;
import org.studiebro.events.ChoiceState;
import org.studiebro.events.ChoiceStatus;
import org.studiebro.events.CostDecisionState;
import org.studiebro.events.Language;
import org.studiebro.events.NoticeKind;
import org.studiebro.notification.TestEvents;

class NoticeKindsTest {

    @Test
    void theFirstStatusIsTheReceipt() {
        ApplicationStatusChanged event = TestEvents.received("app-1", applicant()).build();

        assertThat(NoticeKinds.of(event)).isEqualTo(NoticeKind.APPLICATION_RECEIVED);
    }

    @ParameterizedTest
    @CsvSource({
            "AUTOMATIC, STUDIEBRO, COST_COMMITMENT",
            "APPROVED, HOME_MUNICIPALITY, COST_COMMITMENT",
            "NOT_NEEDED, STUDIEBRO, DECISION",
            "PENDING, STUDIEBRO, DECISION"})
    void aSeatRequestCommitsTheMunicipalityOnlyUnderAnAutomaticOrApprovedCostDecision(CostDecisionState cost,
            Authority authority, NoticeKind expected) {
        ApplicationStatusChanged event = changed(ApplicationState.AWAITING_SEAT_OWNER, ChoiceState.SEAT_REQUESTED, cost,
                authority);

        assertThat(NoticeKinds.of(event)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({
            "ADMITTED, ADMITTED, SEAT_OWNER",
            "RESERVE, RESERVE, SEAT_OWNER",
            "NOT_ADMITTED, NOT_ELIGIBLE, SEAT_OWNER",
            "NOT_ADMITTED, COURSE_CANCELLED, SEAT_OWNER",
            "NOT_ADMITTED, COST_REFUSED, HOME_MUNICIPALITY",
            "AWAITING_COST_DECISION, AWAITING_COST_DECISION, STUDIEBRO",
            "NOT_ADMITTED, UNKNOWN_COURSE, STUDIEBRO",
            "NOT_ADMITTED, COURSE_CLOSED, STUDIEBRO"})
    void decisionsOfSeatOwnersMunicipalitiesAndRoutingAreDecisions(ApplicationState status, ChoiceState state,
            Authority authority) {
        ApplicationStatusChanged event = changed(status, state, CostDecisionState.AUTOMATIC, authority);

        assertThat(NoticeKinds.of(event)).isEqualTo(NoticeKind.DECISION);
    }

    @Test
    void aWithdrawnApplicationIsAWithdrawal() {
        ApplicationStatusChanged event = TestEvents.received("app-1", applicant())
                .setVersion(4)
                .setStatus(ApplicationState.WITHDRAWN)
                .setChange(TestEvents.change(null, Authority.LEARNER, "learner", "WITHDRAWN_BY_LEARNER",
                        "Återkallad."))
                .build();

        assertThat(NoticeKinds.of(event)).isEqualTo(NoticeKind.WITHDRAWN);
    }

    @Test
    void aWithdrawnChoiceIsAWithdrawal() {
        ApplicationStatusChanged event = changed(ApplicationState.AWAITING_SEAT_OWNER, ChoiceState.WITHDRAWN,
                CostDecisionState.AUTOMATIC, Authority.LEARNER);

        assertThat(NoticeKinds.of(event)).isEqualTo(NoticeKind.WITHDRAWN);
    }

    @Test
    void aFirstStatusThatAlreadySendsAChoiceUnderAnAgreementCommitsTheMunicipality() {
        ApplicationStatusChanged event = changed(ApplicationState.AWAITING_SEAT_OWNER, ChoiceState.SEAT_REQUESTED,
                CostDecisionState.AUTOMATIC, Authority.STUDIEBRO);
        event.setVersion(1);
        event.getChange().setChoiceRank(null);

        assertThat(NoticeKinds.of(event)).isEqualTo(NoticeKind.COST_COMMITMENT);
        assertThat(NoticeKinds.choiceOf(event)).map(ChoiceStatus::getCostDecision)
                .contains(CostDecisionState.AUTOMATIC);
    }

    @Test
    void aFirstStatusWaitingOnTheCostDecisionIsAReceipt() {
        ApplicationStatusChanged event = changed(ApplicationState.AWAITING_COST_DECISION,
                ChoiceState.AWAITING_COST_DECISION, CostDecisionState.PENDING, Authority.STUDIEBRO);
        event.setVersion(1);
        event.getChange().setChoiceRank(null);

        assertThat(NoticeKinds.of(event)).isEqualTo(NoticeKind.APPLICATION_RECEIVED);
        assertThat(NoticeKinds.choiceOf(event)).isEmpty();
    }

    private static ApplicationStatusChanged changed(ApplicationState status, ChoiceState state,
            CostDecisionState cost, Authority authority) {
        return TestEvents.admitted("app-1", applicant())
                .setVersion(2)
                .setStatus(status)
                .setChoices(List.of(TestEvents.choice(1, state, cost)))
                .setChange(TestEvents.change(1, authority, "someone", "CHANGED", "Ändrat."))
                .build();
    }

    private static org.studiebro.events.Applicant applicant() {
        return TestEvents.applicant(Language.SV, "asa@example.test", "se-1481");
    }
}
