package org.studiebro.reference.seatowner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.studiebro.events.SeatOutcome;

class ManualSeatAllocationTest {

    private final ManualSeatAllocation allocation = new ManualSeatAllocation();

    @Test
    void anAdmissionTakesAFreeSeatWithTheOfficersReason() {
        SeatHolder applicant = holder("a1", null, 1);

        SeatAllocation.Change change = allocation.decide(CourseEventSeats.NONE, applicant,
                decision(SeatOutcome.ADMITTED, null), 2).orElseThrow();

        assertThat(ids(change.seats().admitted())).containsExactly("a1");
        assertThat(change.answers()).extracting(SeatAnswer::outcome, SeatAnswer::reasonCode, SeatAnswer::reason)
                .containsExactly(tuple(SeatOutcome.ADMITTED, "ADMITTED", "Intervju genomförd"));
    }

    @Test
    void anAdmissionWithoutAFreeSeatDoesNotFit() {
        CourseEventSeats full = new CourseEventSeats(List.of(holder("taken", null, 0)), List.of());

        assertThat(allocation.decide(full, holder("a1", null, 1), decision(SeatOutcome.ADMITTED, null), 1))
                .isEmpty();
    }

    @Test
    void aReserveAtAGivenPositionMovesThoseBehindAndTellsThoseWhosePositionDoubled() {
        CourseEventSeats seats = new CourseEventSeats(List.of(holder("taken", null, 0)),
                List.of(holder("r1", 1, 1).told(1), holder("r2", 1, 2).told(2), holder("r3", 1, 3).told(3)));

        SeatAllocation.Change change = allocation.decide(seats, holder("newcomer", 5, 9),
                decision(SeatOutcome.RESERVE, 1), 1).orElseThrow();

        assertThat(ids(change.seats().reserve())).containsExactly("newcomer", "r1", "r2", "r3");
        assertThat(change.seats().reserve()).extracting(SeatHolder::toldReservePosition)
                .containsExactly(1, 2, 2, 3);
        assertThat(change.answers())
                .extracting(answer -> answer.holder().applicationId(), SeatAnswer::reservePosition,
                        SeatAnswer::reasonCode)
                .containsExactly(
                        tuple("newcomer", 1, "RESERVE"),
                        tuple("r1", 2, SeatAllocation.RESERVE_POSITION_CHANGED));
    }

    @Test
    void aReserveWithoutPositionIsRankedByPriorityGroupAndAPositionBeyondTheListMeansLast() {
        CourseEventSeats seats = new CourseEventSeats(List.of(),
                List.of(holder("group1", 1, 5), holder("group4", 4, 1)));

        SeatAllocation.Change ranked = allocation.decide(seats, holder("group2", 2, 9),
                decision(SeatOutcome.RESERVE, null), 0).orElseThrow();
        SeatAllocation.Change last = allocation.decide(seats, holder("late", 1, 0),
                decision(SeatOutcome.RESERVE, 40), 0).orElseThrow();

        assertThat(ids(ranked.seats().reserve())).containsExactly("group1", "group2", "group4");
        assertThat(ranked.answers().getFirst().reservePosition()).isEqualTo(2);
        assertThat(ids(last.seats().reserve())).containsExactly("group1", "group4", "late");
        assertThat(last.answers()).hasSize(1);
        assertThat(last.answers().getFirst().reservePosition()).isEqualTo(3);
    }

    @Test
    void aRefusalTakesNoSeat() {
        CourseEventSeats seats = new CourseEventSeats(List.of(holder("taken", null, 0)), List.of());

        SeatAllocation.Change change = allocation.decide(seats, holder("a1", null, 1),
                decision(SeatOutcome.COURSE_CANCELLED, null), 5).orElseThrow();

        assertThat(change.seats()).isEqualTo(seats);
        assertThat(change.answers()).extracting(SeatAnswer::outcome).containsExactly(SeatOutcome.COURSE_CANCELLED);
    }

    @Test
    void aDecisionWithoutOutcomeBreaksTheContract() {
        assertThatThrownBy(() -> allocation.decide(CourseEventSeats.NONE, holder("a1", null, 1),
                decision(SeatOutcome.UNKNOWN, null), 5)).isInstanceOf(IllegalArgumentException.class);
    }

    private static ManualSeatDecision decision(SeatOutcome outcome, Integer reservePosition) {
        return new ManualSeatDecision("decision-1", "owner", "a1", "event-1", 1, outcome, reservePosition,
                outcome.name(), "Intervju genomförd", "antagningen, Omar", Instant.parse("2026-11-22T10:00:00Z"));
    }

    private static SeatHolder holder(String applicationId, Integer priorityGroup, long submittedAt) {
        return new SeatHolder(applicationId, 1, priorityGroup, submittedAt, "correlation-" + applicationId, null);
    }

    private static List<String> ids(List<SeatHolder> holders) {
        return holders.stream().map(SeatHolder::applicationId).toList();
    }
}
