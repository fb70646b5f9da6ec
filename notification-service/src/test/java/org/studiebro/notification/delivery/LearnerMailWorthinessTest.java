package org.studiebro.notification.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.studiebro.events.ApplicationState;
import org.studiebro.events.ApplicationStatusChanged;
import org.studiebro.events.Authority;
import org.studiebro.events.ChoiceState;
import org.studiebro.events.CostDecisionState;
import org.studiebro.events.Language;
import org.studiebro.notification.TestEvents;
import org.studiebro.notification.delivery.LearnerMailWorthiness.Verdict;

class LearnerMailWorthinessTest {

    @Test
    void theReceivedApplicationIsMailed() {
        assertThat(LearnerMailWorthiness.of(TestEvents.received("app-1", applicant()).build())).isEqualTo(Verdict.MAIL);
    }

    @ParameterizedTest
    @EnumSource(value = ChoiceState.class, names = {"ADMITTED", "NOT_ELIGIBLE", "NOT_ADMITTED", "COST_REFUSED",
            "COURSE_CANCELLED", "WITHDRAWN", "UNKNOWN_COURSE", "COURSE_CLOSED"})
    void aDecisionThatChangesWhatTheLearnerCanDoIsMailed(ChoiceState decided) {
        assertThat(LearnerMailWorthiness.of(changed(decided, "SEAT_DECIDED"))).isEqualTo(Verdict.MAIL);
    }

    @Test
    void beingPutOnTheReserveListIsMailedAndAMoveOnItIsAReserveMove() {
        assertThat(LearnerMailWorthiness.of(changed(ChoiceState.RESERVE, "OVERSUBSCRIBED"))).isEqualTo(Verdict.MAIL);
        assertThat(LearnerMailWorthiness.of(changed(ChoiceState.RESERVE, "RESERVE_POSITION_CHANGED")))
                .isEqualTo(Verdict.RESERVE_MOVE);
    }

    @Test
    void waitingOnSomeoneIsNotMailed() {
        assertThat(LearnerMailWorthiness.of(changed(ChoiceState.AWAITING_COST_DECISION, "COST_DECISION_REMINDED")))
                .isEqualTo(Verdict.NO_MAIL);
        assertThat(LearnerMailWorthiness.of(changed(ChoiceState.SEAT_REQUESTED, "AGREEMENT_OR_NEED")))
                .isEqualTo(Verdict.NO_MAIL);
    }

    @Test
    void theWithdrawnApplicationIsMailed() {
        ApplicationStatusChanged withdrawn = TestEvents.admitted("app-1", applicant())
                .setStatus(ApplicationState.WITHDRAWN)
                .setChoices(List.of(TestEvents.choice(1, ChoiceState.WITHDRAWN, CostDecisionState.AUTOMATIC)))
                .setChange(TestEvents.change(null, Authority.LEARNER, "learner", "WITHDRAWN_BY_LEARNER", "withdrawn"))
                .build();

        assertThat(LearnerMailWorthiness.of(withdrawn)).isEqualTo(Verdict.MAIL);
    }

    @Test
    void theFinalStatusIsMailedWhateverTheChange() {
        ApplicationStatusChanged finished = TestEvents.admitted("app-1", applicant())
                .setStatus(ApplicationState.NOT_ADMITTED)
                .setChoices(List.of(TestEvents.choice(1, ChoiceState.NOT_ADMITTED, CostDecisionState.AUTOMATIC)))
                .setChange(TestEvents.change(null, Authority.STUDIEBRO, "routing-service", "CLOSED", "closed"))
                .build();

        assertThat(LearnerMailWorthiness.of(finished)).isEqualTo(Verdict.MAIL);
    }

    /** Choice 1 changed to the state; choice 2 still waits on its seat owner, so the application is not at its end. */
    private static ApplicationStatusChanged changed(ChoiceState state, String reasonCode) {
        return TestEvents.admitted("app-1", applicant())
                .setStatus(ApplicationState.AWAITING_SEAT_OWNER)
                .setChoices(List.of(TestEvents.choice(1, state, CostDecisionState.APPROVED),
                        TestEvents.choice(2, ChoiceState.SEAT_REQUESTED, CostDecisionState.AUTOMATIC)))
                .setChange(TestEvents.change(1, Authority.SEAT_OWNER, "goteborg-vux", reasonCode, "reason"))
                .build();
    }

    private static org.studiebro.events.Applicant applicant() {
        return TestEvents.applicant(Language.SV, "asa@example.test", "se-1481");
    }
}
