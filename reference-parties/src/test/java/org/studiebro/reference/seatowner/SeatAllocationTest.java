package org.studiebro.reference.seatowner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.Arrays;
import java.util.List;

import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.studiebro.events.SeatOutcome;

class SeatAllocationTest {

    private final SeatAllocation allocation = new SeatAllocation();

    @Test
    void admitsWhileSeatsRemainThenPutsOnTheReserveListInArrivalOrder() {
        SeatAllocation.Change first = allocation.request(CourseEventSeats.NONE, holder("a1", null, 1), 2);
        SeatAllocation.Change second = allocation.request(first.seats(), holder("a2", null, 2), 2);
        SeatAllocation.Change third = allocation.request(second.seats(), holder("a3", null, 3), 2);
        SeatAllocation.Change fourth = allocation.request(third.seats(), holder("a4", null, 4), 2);

        assertThat(answers(first, second, third, fourth)).containsExactly(
                tuple("a1", SeatOutcome.ADMITTED, null, SeatAllocation.SEATS_AVAILABLE),
                tuple("a2", SeatOutcome.ADMITTED, null, SeatAllocation.SEATS_AVAILABLE),
                tuple("a3", SeatOutcome.RESERVE, 1, SeatAllocation.OVERSUBSCRIBED),
                tuple("a4", SeatOutcome.RESERVE, 2, SeatAllocation.OVERSUBSCRIBED));
        assertThat(ids(fourth.seats().admitted())).containsExactly("a1", "a2");
        assertThat(ids(fourth.seats().reserve())).containsExactly("a3", "a4");
    }

    @Test
    void ordersTheReserveListByPriorityGroupUnknownLastThenBySubmissionTime() {
        CourseEventSeats seats = requestAll(1,
                holder("admitted", null, 0),
                holder("unknown-group", null, 1),
                holder("group3-late", 3, 30),
                holder("group3-early", 3, 20),
                holder("group1", 1, 50));

        assertThat(ids(seats.reserve())).containsExactly("group1", "group3-early", "group3-late", "unknown-group");
    }

    @Test
    void tellsTheReservesBehindABetterRankedNewcomerOnlyWhenTheirPositionDoubled() {
        CourseEventSeats seats = requestAll(1, holder("admitted", null, 0), holder("r1", null, 1),
                holder("r2", 2, 2));
        // r2 (group 2) is already ahead of r1 (no group): [r2, r1], told 1 and 2

        SeatAllocation.Change change = allocation.request(seats, holder("newcomer", 1, 3), 1);

        assertThat(answers(change)).containsExactly(
                tuple("newcomer", SeatOutcome.RESERVE, 1, SeatAllocation.OVERSUBSCRIBED),
                tuple("r2", SeatOutcome.RESERVE, 2, SeatAllocation.RESERVE_POSITION_CHANGED));
        assertThat(told(change.seats().reserve())).containsExactly(1, 2, 2);
    }

    @Test
    void aNewcomerAtTheEndOfTheListMovesNobody() {
        CourseEventSeats seats = requestAll(1, holder("admitted", null, 0), holder("r1", 1, 1));

        SeatAllocation.Change change = allocation.request(seats, holder("last", null, 2), 1);

        assertThat(answers(change)).containsExactly(tuple("last", SeatOutcome.RESERVE, 2,
                SeatAllocation.OVERSUBSCRIBED));
    }

    @Test
    void aFreedSeatGoesToTheFirstReserveAndTheOthersMoveUp() {
        CourseEventSeats seats = requestAll(2, holder("a1", null, 1), holder("a2", null, 2),
                holder("r-late", 2, 9), holder("r-best", 1, 8), holder("r-last", null, 3));

        SeatAllocation.Change change = allocation.withdraw(seats, "a1", 2);

        assertThat(answers(change)).containsExactly(
                tuple("r-best", SeatOutcome.ADMITTED, null, SeatAllocation.SEAT_FREED),
                tuple("r-late", SeatOutcome.RESERVE, 1, SeatAllocation.RESERVE_POSITION_CHANGED));
        assertThat(ids(change.seats().admitted())).containsExactly("a2", "r-best");
        assertThat(told(change.seats().admitted())).containsOnlyNulls();
        assertThat(ids(change.seats().reserve())).containsExactly("r-late", "r-last");
        assertThat(told(change.seats().reserve())).containsExactly(1, 3);
    }

    @Test
    void aWithdrawnReserveMovesUpThoseBehindItWhoAreToldAgainstWhatTheyWereLastTold() {
        CourseEventSeats seats = requestAll(1, holder("a1", null, 1), holder("r1", null, 2),
                holder("r2", null, 3), holder("r3", null, 4), holder("r4", null, 5));

        SeatAllocation.Change r2Leaves = allocation.withdraw(seats, "r2", 1);
        SeatAllocation.Change r1Leaves = allocation.withdraw(r2Leaves.seats(), "r1", 1);

        assertThat(r2Leaves.answers()).isEmpty();
        assertThat(told(r2Leaves.seats().reserve())).containsExactly(1, 3, 4);
        // r4 moves from 3 to 2, but it was told 4: half of that is reached
        assertThat(answers(r1Leaves)).containsExactly(
                tuple("r3", SeatOutcome.RESERVE, 1, SeatAllocation.RESERVE_POSITION_CHANGED),
                tuple("r4", SeatOutcome.RESERVE, 2, SeatAllocation.RESERVE_POSITION_CHANGED));
        assertThat(ids(r1Leaves.seats().reserve())).containsExactly("r3", "r4");
        assertThat(told(r1Leaves.seats().reserve())).containsExactly(1, 2);
    }

    @Test
    void aDuplicateRequestIsAnsweredWithTheCurrentDecisionAndTakesNoSecondSeat() {
        CourseEventSeats seats = requestAll(2, holder("a1", null, 1), holder("a2", null, 2),
                holder("r1", null, 3));

        SeatAllocation.Change admittedAgain = allocation.request(seats, holder("a1", null, 1), 2);
        SeatAllocation.Change reserveAgain = allocation.request(seats, holder("r1", null, 3), 2);

        assertThat(answers(admittedAgain, reserveAgain)).containsExactly(
                tuple("a1", SeatOutcome.ADMITTED, null, SeatAllocation.SEATS_AVAILABLE),
                tuple("r1", SeatOutcome.RESERVE, 1, SeatAllocation.OVERSUBSCRIBED));
        assertThat(admittedAgain.seats()).isEqualTo(seats);
        assertThat(reserveAgain.seats()).isEqualTo(seats);
    }

    @Test
    void withdrawingAnUnknownApplicationChangesNothing() {
        CourseEventSeats seats = requestAll(1, holder("a1", null, 1), holder("r1", null, 2));

        SeatAllocation.Change change = allocation.withdraw(seats, "unknown", 1);

        assertThat(change.answers()).isEmpty();
        assertThat(change.seats()).isEqualTo(seats);
    }

    @Test
    void noReserveIsAdmittedWhenTheCourseEventHasNoSeatsToGive() {
        CourseEventSeats seats = requestAll(1, holder("a1", null, 1), holder("r1", null, 2));

        SeatAllocation.Change change = allocation.withdraw(seats, "a1", 0);

        assertThat(change.answers()).isEmpty();
        assertThat(change.seats().admitted()).isEmpty();
        assertThat(ids(change.seats().reserve())).containsExactly("r1");
    }

    @Test
    void seatsAddedToTheCourseEventGoToTheReservesBeforeANewcomer() {
        CourseEventSeats seats = requestAll(1, holder("a1", null, 1), holder("r1", null, 2));

        SeatAllocation.Change change = allocation.request(seats, holder("newcomer", 1, 3), 2);

        assertThat(answers(change)).containsExactly(
                tuple("r1", SeatOutcome.ADMITTED, null, SeatAllocation.SEAT_FREED),
                tuple("newcomer", SeatOutcome.RESERVE, 1, SeatAllocation.OVERSUBSCRIBED));
    }

    private CourseEventSeats requestAll(int seats, SeatHolder... holders) {
        CourseEventSeats state = CourseEventSeats.NONE;
        for (SeatHolder holder : holders) {
            state = allocation.request(state, holder, seats).seats();
        }
        return state;
    }

    private static SeatHolder holder(String applicationId, Integer priorityGroup, long submittedAt) {
        return new SeatHolder(applicationId, 1, priorityGroup, submittedAt, "correlation-" + applicationId, null);
    }

    private static List<String> ids(List<SeatHolder> holders) {
        return holders.stream().map(SeatHolder::applicationId).toList();
    }

    private static List<Integer> told(List<SeatHolder> holders) {
        return holders.stream().map(SeatHolder::toldReservePosition).toList();
    }

    private static List<Tuple> answers(SeatAllocation.Change... changes) {
        return Arrays.stream(changes)
                .flatMap(change -> change.answers().stream())
                .map(answer -> tuple(answer.holder().applicationId(), answer.outcome(), answer.reservePosition(),
                        answer.reasonCode()))
                .toList();
    }
}
