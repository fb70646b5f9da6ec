package org.studiebro.reference.seatowner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.studiebro.reference.seatowner.TestSeats.CAUSE;
import static org.studiebro.reference.seatowner.TestSeats.COURSE_EVENT;
import static org.studiebro.reference.seatowner.TestSeats.holder;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.studiebro.events.SeatOutcome;

class ManualSeatAllocationTest {

    private final ManualSeatAllocation allocation = new ManualSeatAllocation();
    private final TestSeats seats = new TestSeats();

    @Test
    void anAdmissionTakesAFreeSeatWithTheOfficersReason() {
        List<SeatAnswer> answers = decide(holder("a1", null, 1), decision(SeatOutcome.ADMITTED, null), 2)
                .orElseThrow();

        assertThat(seats.admitted()).containsExactly("a1");
        assertThat(answers).extracting(SeatAnswer::outcome, SeatAnswer::reasonCode, SeatAnswer::reason)
                .containsExactly(tuple(SeatOutcome.ADMITTED, "ADMITTED", "Intervju genomförd"));
    }

    @Test
    void anAdmissionWithoutAFreeSeatDoesNotFit() {
        seats.state.admit(COURSE_EVENT, holder("taken", null, 0));

        assertThat(decide(holder("a1", null, 1), decision(SeatOutcome.ADMITTED, null), 1)).isEmpty();
        assertThat(seats.admitted()).containsExactly("taken");
    }

    @Test
    void aReserveAtAGivenPositionMovesThoseBehindAndTheWalkTellsThoseWhosePositionDoubled() {
        seats.state.admit(COURSE_EVENT, holder("taken", null, 0));
        reserves(holder("r1", 1, 1), holder("r2", 1, 2), holder("r3", 1, 3));

        List<SeatAnswer> answers = decide(holder("newcomer", 5, 9), decision(SeatOutcome.RESERVE, 1), 1)
                .orElseThrow();
        List<SeatAnswer> walk = seats.walk();

        assertThat(seats.reserveIds()).containsExactly("newcomer", "r1", "r2", "r3");
        assertThat(answers).extracting(answer -> answer.holder().applicationId(), SeatAnswer::reservePosition,
                SeatAnswer::reasonCode).containsExactly(tuple("newcomer", 1, "RESERVE"));
        assertThat(walk).extracting(answer -> answer.holder().applicationId(), SeatAnswer::reservePosition,
                SeatAnswer::reasonCode).containsExactly(tuple("r1", 2, ReserveUpdates.RESERVE_POSITION_CHANGED));
        assertThat(seats.told()).containsExactly(1, 2, 2, 3);
    }

    @Test
    void aReserveBetweenTwoAndThenBetweenItAndTheNextTakesTheGivenPositionsInTheSameSection() {
        reserves(holder("r1", 2, 1), holder("r2", 2, 2));

        decide(holder("second", 5, 9), decision(SeatOutcome.RESERVE, 2), 0).orElseThrow();
        Optional<List<SeatAnswer>> third = decide(holder("third", null, 9), decision(SeatOutcome.RESERVE, 3), 0);

        assertThat(seats.reserveIds()).containsExactly("r1", "second", "third", "r2");
        assertThat(third.orElseThrow().getFirst().reservePosition()).isEqualTo(3);
        assertThat(seats.state.counts(COURSE_EVENT).reservesIn("02")).isEqualTo(4);
    }

    @Test
    void aReserveWithoutPositionIsRankedByPriorityGroupAndAPositionBeyondTheListMeansLast() {
        reserves(holder("group1", 1, 5), holder("group4", 4, 1));

        List<SeatAnswer> ranked = decide(holder("group2", 2, 9), decision(SeatOutcome.RESERVE, null), 0)
                .orElseThrow();
        List<SeatAnswer> last = decide(holder("late", 1, 0), decision(SeatOutcome.RESERVE, 40), 0).orElseThrow();

        assertThat(ranked.getFirst().reservePosition()).isEqualTo(2);
        assertThat(last).hasSize(1);
        assertThat(last.getFirst().reservePosition()).isEqualTo(4);
        assertThat(seats.reserveIds()).containsExactly("group1", "group2", "group4", "late");
    }

    @Test
    void aRefusalTakesNoSeat() {
        seats.state.admit(COURSE_EVENT, holder("taken", null, 0));

        List<SeatAnswer> answers = decide(holder("a1", null, 1), decision(SeatOutcome.COURSE_CANCELLED, null), 5)
                .orElseThrow();

        assertThat(seats.admitted()).containsExactly("taken");
        assertThat(answers).extracting(SeatAnswer::outcome).containsExactly(SeatOutcome.COURSE_CANCELLED);
    }

    @Test
    void aDecisionWithoutOutcomeBreaksTheContract() {
        assertThatThrownBy(() -> decide(holder("a1", null, 1), decision(SeatOutcome.UNKNOWN, null), 5))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private void reserves(SeatHolder... holders) {
        for (SeatHolder holder : holders) {
            seats.state.reserve(COURSE_EVENT, holder, ReserveRank.of(holder), CAUSE);
        }
        seats.walk();
    }

    private Optional<List<SeatAnswer>> decide(SeatHolder applicant, ManualSeatDecision decision, int seatCount) {
        return allocation.decide(seats.state, COURSE_EVENT, applicant, decision, seatCount, CAUSE);
    }

    private static ManualSeatDecision decision(SeatOutcome outcome, Integer reservePosition) {
        return new ManualSeatDecision("decision-1", "owner", "a1", "event-1", 1, outcome, reservePosition,
                outcome.name(), "Intervju genomförd", "antagningen, Omar", Instant.parse("2026-11-22T10:00:00Z"));
    }
}
