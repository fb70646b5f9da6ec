package org.studiebro.reference.seatowner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.studiebro.reference.seatowner.TestSeats.CAUSE;
import static org.studiebro.reference.seatowner.TestSeats.COURSE_EVENT;
import static org.studiebro.reference.seatowner.TestSeats.holder;

import java.util.Arrays;
import java.util.List;

import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.studiebro.events.SeatOutcome;

class SeatAllocationTest {

    private final SeatAllocation allocation = new SeatAllocation();
    private final TestSeats seats = new TestSeats();

    @Test
    void admitsWhileSeatsRemainThenPutsOnTheReserveListInArrivalOrder() {
        List<SeatAnswer> first = request(holder("a1", null, 1), 2);
        List<SeatAnswer> second = request(holder("a2", null, 2), 2);
        List<SeatAnswer> third = request(holder("a3", null, 3), 2);
        List<SeatAnswer> fourth = request(holder("a4", null, 4), 2);

        assertThat(answers(first, second, third, fourth)).containsExactly(
                tuple("a1", SeatOutcome.ADMITTED, null, SeatAllocation.SEATS_AVAILABLE),
                tuple("a2", SeatOutcome.ADMITTED, null, SeatAllocation.SEATS_AVAILABLE),
                tuple("a3", SeatOutcome.RESERVE, 1, SeatAllocation.OVERSUBSCRIBED),
                tuple("a4", SeatOutcome.RESERVE, 2, SeatAllocation.OVERSUBSCRIBED));
        assertThat(seats.admitted()).containsExactly("a1", "a2");
        assertThat(seats.reserveIds()).containsExactly("a3", "a4");
    }

    @Test
    void ordersTheReserveListByPriorityGroupUnknownLastThenBySubmissionTime() {
        requestAll(1,
                holder("admitted", null, 0),
                holder("unknown-group", null, 1),
                holder("group3-late", 3, 30),
                holder("group3-early", 3, 20),
                holder("group1", 1, 50));

        assertThat(seats.reserveIds()).containsExactly("group1", "group3-early", "group3-late", "unknown-group");
    }

    @Test
    void aBetterRankedNewcomerIsToldItsPositionAndTheReservesBehindItOnlyByTheWalkWhenTheirPositionDoubled() {
        requestAll(1, holder("admitted", null, 0), holder("r1", null, 1), holder("r2", 2, 2));
        // r2 (group 2) is already ahead of r1 (no group): [r2, r1], told 1 and 2

        List<SeatAnswer> placed = request(holder("newcomer", 1, 3), 1);

        assertThat(answers(placed)).containsExactly(
                tuple("newcomer", SeatOutcome.RESERVE, 1, SeatAllocation.OVERSUBSCRIBED));
        assertThat(answers(seats.walk())).containsExactly(
                tuple("r2", SeatOutcome.RESERVE, 2, ReserveUpdates.RESERVE_POSITION_CHANGED));
        assertThat(seats.told()).containsExactly(1, 2, 2);
    }

    @Test
    void aNewcomerAtTheEndOfTheListMovesNobodyAndLeavesNothingToWalk() {
        requestAll(1, holder("admitted", null, 0), holder("r1", 1, 1));

        List<SeatAnswer> placed = request(holder("last", null, 2), 1);

        assertThat(answers(placed)).containsExactly(tuple("last", SeatOutcome.RESERVE, 2,
                SeatAllocation.OVERSUBSCRIBED));
        assertThat(seats.changed.values()).isEmpty();
    }

    @Test
    void aFreedSeatGoesToTheFirstReserveAndTheOthersMoveUp() {
        requestAll(2, holder("a1", null, 1), holder("a2", null, 2),
                holder("r-late", 2, 9), holder("r-best", 1, 8), holder("r-last", null, 3));

        List<SeatAnswer> withdrawn = withdraw("a1", 2);

        assertThat(answers(withdrawn, seats.walk())).containsExactly(
                tuple("r-best", SeatOutcome.ADMITTED, null, SeatAllocation.SEAT_FREED),
                tuple("r-late", SeatOutcome.RESERVE, 1, ReserveUpdates.RESERVE_POSITION_CHANGED));
        assertThat(seats.admitted()).containsExactly("a2", "r-best");
        assertThat(seats.state.held(COURSE_EVENT, "r-best").holder().toldReservePosition()).isNull();
        assertThat(seats.reserveIds()).containsExactly("r-late", "r-last");
        assertThat(seats.told()).containsExactly(1, 3);
    }

    @Test
    void aWithdrawnReserveMovesUpThoseBehindItWhoAreToldAgainstWhatTheyWereLastTold() {
        requestAll(1, holder("a1", null, 1), holder("r1", null, 2), holder("r2", null, 3), holder("r3", null, 4),
                holder("r4", null, 5));

        List<SeatAnswer> r2Leaves = answersWithWalk(withdraw("r2", 1));
        assertThat(r2Leaves).isEmpty();
        assertThat(seats.told()).containsExactly(1, 3, 4);
        List<SeatAnswer> r1Leaves = answersWithWalk(withdraw("r1", 1));

        // r4 moves from 3 to 2, but it was told 4: half of that is reached
        assertThat(answers(r1Leaves)).containsExactly(
                tuple("r3", SeatOutcome.RESERVE, 1, ReserveUpdates.RESERVE_POSITION_CHANGED),
                tuple("r4", SeatOutcome.RESERVE, 2, ReserveUpdates.RESERVE_POSITION_CHANGED));
        assertThat(seats.reserveIds()).containsExactly("r3", "r4");
        assertThat(seats.told()).containsExactly(1, 2);
    }

    @Test
    void aDuplicateRequestIsAnsweredWithTheCurrentDecisionAndTakesNoSecondSeat() {
        requestAll(2, holder("a1", null, 1), holder("a2", null, 2), holder("r1", null, 3));
        SeatCounts before = seats.state.counts(COURSE_EVENT);

        List<SeatAnswer> admittedAgain = request(holder("a1", null, 1), 2);
        List<SeatAnswer> reserveAgain = request(holder("r1", null, 3), 2);

        assertThat(answers(admittedAgain, reserveAgain)).containsExactly(
                tuple("a1", SeatOutcome.ADMITTED, null, SeatAllocation.SEATS_AVAILABLE),
                tuple("r1", SeatOutcome.RESERVE, 1, SeatAllocation.OVERSUBSCRIBED));
        assertThat(seats.state.counts(COURSE_EVENT)).isEqualTo(before);
        assertThat(seats.admitted()).containsExactly("a1", "a2");
        assertThat(seats.reserveIds()).containsExactly("r1");
    }

    @Test
    void withdrawingAnUnknownApplicationChangesNothing() {
        requestAll(1, holder("a1", null, 1), holder("r1", null, 2));

        assertThat(withdraw("unknown", 1)).isEmpty();
        assertThat(seats.admitted()).containsExactly("a1");
        assertThat(seats.reserveIds()).containsExactly("r1");
    }

    @Test
    void noReserveIsAdmittedWhenTheCourseEventHasNoSeatsToGive() {
        requestAll(1, holder("a1", null, 1), holder("r1", null, 2));

        assertThat(withdraw("a1", 0)).isEmpty();
        assertThat(seats.admitted()).isEmpty();
        assertThat(seats.reserveIds()).containsExactly("r1");
    }

    @Test
    void seatsAddedToTheCourseEventGoToTheReservesBeforeANewcomer() {
        requestAll(1, holder("a1", null, 1), holder("r1", null, 2));

        assertThat(answers(request(holder("newcomer", 1, 3), 2))).containsExactly(
                tuple("r1", SeatOutcome.ADMITTED, null, SeatAllocation.SEAT_FREED),
                tuple("newcomer", SeatOutcome.RESERVE, 1, SeatAllocation.OVERSUBSCRIBED));
    }

    /** Each request followed by the reserve updates, as if the punctuation ran between requests. */
    private void requestAll(int seatCount, SeatHolder... holders) {
        for (SeatHolder holder : holders) {
            request(holder, seatCount);
            seats.walk();
        }
    }

    private List<SeatAnswer> request(SeatHolder holder, int seatCount) {
        return allocation.request(seats.state, COURSE_EVENT, holder, seatCount, CAUSE);
    }

    private List<SeatAnswer> withdraw(String applicationId, int seatCount) {
        return allocation.withdraw(seats.state, COURSE_EVENT, applicationId, seatCount, CAUSE);
    }

    private List<SeatAnswer> answersWithWalk(List<SeatAnswer> answers) {
        return Arrays.asList(answers, seats.walk()).stream().flatMap(List::stream).toList();
    }

    @SafeVarargs
    private static List<Tuple> answers(List<SeatAnswer>... answers) {
        return Arrays.stream(answers)
                .flatMap(List::stream)
                .map(answer -> tuple(answer.holder().applicationId(), answer.outcome(), answer.reservePosition(),
                        answer.reasonCode()))
                .toList();
    }
}
