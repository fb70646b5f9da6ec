package org.studiebro.reference.seatowner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.studiebro.events.SeatOutcome;

/** How often a reserve is told its position: when it has halved or doubled since the position it was last told. */
class SeatAllocationReserveUpdatesTest {

    private final SeatAllocation allocation = new SeatAllocation();

    @Test
    void aReserveClimbingFrom40thIsTold20th10th5th2nd1stThenAdmitted() {
        List<SeatAnswer> toR40 = drain(oneSeatAndReserves(40)).stream()
                .filter(answer -> answer.holder().applicationId().equals("r40"))
                .toList();

        assertThat(toR40).extracting(SeatAnswer::outcome, SeatAnswer::reservePosition, SeatAnswer::reasonCode)
                .containsExactly(
                        tuple(SeatOutcome.RESERVE, 20, SeatAllocation.RESERVE_POSITION_CHANGED),
                        tuple(SeatOutcome.RESERVE, 10, SeatAllocation.RESERVE_POSITION_CHANGED),
                        tuple(SeatOutcome.RESERVE, 5, SeatAllocation.RESERVE_POSITION_CHANGED),
                        tuple(SeatOutcome.RESERVE, 2, SeatAllocation.RESERVE_POSITION_CHANGED),
                        tuple(SeatOutcome.RESERVE, 1, SeatAllocation.RESERVE_POSITION_CHANGED),
                        tuple(SeatOutcome.ADMITTED, null, SeatAllocation.SEAT_FREED));
    }

    @Test
    void aReservePushedBackIsToldWhenItsPositionHasDoubled() {
        CourseEventSeats seats = allocation.request(CourseEventSeats.NONE, holder("admitted", null, 0), 1).seats();
        seats = allocation.request(seats, holder("late", 5, 1), 1).seats();
        List<Integer> toldToLate = new ArrayList<>();

        for (int i = 0; i < 8; i++) {
            SeatAllocation.Change change = allocation.request(seats, holder("group1-" + i, 1, 10 + i), 1);
            toldToLate.addAll(positionsToldTo("late", change.answers()));
            seats = change.seats();
        }

        assertThat(seats.reservePosition("late")).isEqualTo(9);
        assertThat(toldToLate).containsExactly(2, 4, 8);
    }

    @Test
    void drainingEightReservesTellsEachTheFloorOfLog2OfItsStartingPosition() {
        Map<String, Integer> updates = updatesPerReserve(drain(oneSeatAndReserves(8)));

        assertThat(updates).containsExactlyInAnyOrderEntriesOf(Map.of(
                "r2", 1, "r3", 1, "r4", 2, "r5", 2, "r6", 2, "r7", 2, "r8", 3));
    }

    @Test
    void drainingTwoHundredReservesTellsLogarithmicallyManyUpdatesAndAdmitsEachOnce() {
        List<SeatAnswer> answers = drain(oneSeatAndReserves(200));

        Map<String, Integer> updates = updatesPerReserve(answers);
        // sum of floor(log2 p) for p = 1..200; telling every move would be 199 + 198 + ... = 19,900
        assertThat(updates.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(1153);
        assertThat(updates).allSatisfy((id, count) -> assertThat(count)
                .isEqualTo(31 - Integer.numberOfLeadingZeros(Integer.parseInt(id.substring(1)))));
        assertThat(answers).filteredOn(answer -> answer.outcome() == SeatOutcome.ADMITTED)
                .extracting(answer -> answer.holder().applicationId())
                .containsExactlyElementsOf(IntStream.rangeClosed(1, 200).mapToObj(i -> "r" + i).toList());
    }

    @Test
    void aDuplicateRequestTellsTheExactPositionAndIsRememberedAsTold() {
        CourseEventSeats seats = oneSeatAndReserves(4);
        // r4 was told 4; r1 leaves and r4 is 3rd, not told
        seats = allocation.withdraw(seats, "r1", 1).seats();

        SeatAllocation.Change again = allocation.request(seats, holder("r4", null, 4), 1);
        SeatAllocation.Change movedTo2 = allocation.withdraw(again.seats(), "r2", 1);
        SeatAllocation.Change movedTo1 = allocation.withdraw(movedTo2.seats(), "r3", 1);

        assertThat(again.answers()).extracting(SeatAnswer::reservePosition, SeatAnswer::reasonCode)
                .containsExactly(tuple(3, SeatAllocation.OVERSUBSCRIBED));
        assertThat(again.seats().reserve().getLast().toldReservePosition()).isEqualTo(3);
        // told 3 by the answer, so 2nd is not yet half of it
        assertThat(positionsToldTo("r4", movedTo2.answers())).isEmpty();
        assertThat(positionsToldTo("r4", movedTo1.answers())).containsExactly(1);
    }

    @Test
    void stateWrittenBeforeToldPositionsWereKeptSendsNoBurstOnUpgrade() {
        List<SeatHolder> oldReserve = IntStream.rangeClosed(1, 40).mapToObj(i -> holder("r" + i, null, i)).toList();
        CourseEventSeats upgraded = new CourseEventSeats(List.of(holder("admitted", null, 0)), oldReserve);

        SeatAllocation.Change firstMove = allocation.withdraw(upgraded, "admitted", 1);

        // the old rule told r2 to r40 here; only r2, from 2nd to 1st, has halved
        assertThat(firstMove.answers()).extracting(answer -> answer.holder().applicationId(), SeatAnswer::reasonCode)
                .containsExactly(tuple("r1", SeatAllocation.SEAT_FREED),
                        tuple("r2", SeatAllocation.RESERVE_POSITION_CHANGED));
        List<Integer> kept = new ArrayList<>(List.of(1));
        kept.addAll(IntStream.rangeClosed(3, 40).boxed().toList());
        assertThat(firstMove.seats().reserve()).extracting(SeatHolder::toldReservePosition)
                .containsExactlyElementsOf(kept);
        assertThat(positionsToldTo("r40", drain(firstMove.seats()))).containsExactly(20, 10, 5, 2, 1, null);
    }

    @Test
    void whatAReserveWasLastToldIsWhatTheStateKeepsAndWithinAFactorOfTwoOfItsPosition() {
        Random random = new Random(20261122);
        CourseEventSeats seats = CourseEventSeats.NONE;
        Map<String, Integer> lastTold = new HashMap<>();
        for (int step = 0; step < 2_000; step++) {
            SeatAllocation.Change change = random.nextInt(3) > 0 || seats.reserve().isEmpty()
                    ? allocation.request(seats, holder("a" + step, 1 + random.nextInt(5), step), 5)
                    : allocation.withdraw(seats, anyHolder(seats, random), 5);
            change.answers().forEach(answer -> lastTold.put(answer.holder().applicationId(),
                    answer.reservePosition()));
            seats = change.seats();

            for (int i = 0; i < seats.reserve().size(); i++) {
                SeatHolder reserve = seats.reserve().get(i);
                int position = i + 1;
                assertThat(reserve.toldReservePosition()).isEqualTo(lastTold.get(reserve.applicationId()));
                assertThat(position * 2).isGreaterThan(reserve.toldReservePosition());
                assertThat(position).isLessThan(reserve.toldReservePosition() * 2);
            }
        }
        assertThat(seats.reserve()).hasSizeGreaterThan(100);
    }

    private static String anyHolder(CourseEventSeats seats, Random random) {
        List<SeatHolder> all = new ArrayList<>(seats.admitted());
        all.addAll(seats.reserve());
        return all.get(random.nextInt(all.size())).applicationId();
    }

    /** One seat, taken by "admitted", and reserves r1 to rN in that order, each told its place. */
    private CourseEventSeats oneSeatAndReserves(int reserves) {
        CourseEventSeats seats = allocation.request(CourseEventSeats.NONE, holder("admitted", null, 0), 1).seats();
        for (int i = 1; i <= reserves; i++) {
            seats = allocation.request(seats, holder("r" + i, null, i), 1).seats();
        }
        return seats;
    }

    /** Withdraws whoever holds the seat until the reserve list is empty; every answer given on the way. */
    private List<SeatAnswer> drain(CourseEventSeats seats) {
        List<SeatAnswer> answers = new ArrayList<>();
        while (!seats.reserve().isEmpty()) {
            SeatAllocation.Change change = allocation.withdraw(seats, seats.admitted().getFirst().applicationId(), 1);
            answers.addAll(change.answers());
            seats = change.seats();
        }
        return answers;
    }

    private static List<Integer> positionsToldTo(String applicationId, List<SeatAnswer> answers) {
        return answers.stream()
                .filter(answer -> answer.holder().applicationId().equals(applicationId))
                .map(SeatAnswer::reservePosition)
                .toList();
    }

    private static Map<String, Integer> updatesPerReserve(List<SeatAnswer> answers) {
        Map<String, Integer> updates = new HashMap<>();
        answers.stream()
                .filter(answer -> SeatAllocation.RESERVE_POSITION_CHANGED.equals(answer.reasonCode()))
                .forEach(answer -> updates.merge(answer.holder().applicationId(), 1, Integer::sum));
        return updates;
    }

    private static SeatHolder holder(String applicationId, Integer priorityGroup, long submittedAt) {
        return new SeatHolder(applicationId, 1, priorityGroup, submittedAt, "correlation-" + applicationId, null);
    }
}
