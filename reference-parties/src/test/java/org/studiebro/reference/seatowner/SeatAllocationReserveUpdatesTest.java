package org.studiebro.reference.seatowner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.studiebro.reference.seatowner.TestSeats.CAUSE;
import static org.studiebro.reference.seatowner.TestSeats.COURSE_EVENT;
import static org.studiebro.reference.seatowner.TestSeats.holder;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.studiebro.events.SeatOutcome;

/**
 * How often a reserve is told its position: when it has halved or doubled since the position it was last told. Most
 * tests walk the reserve list after every step, as a punctuation between every two requests would.
 */
class SeatAllocationReserveUpdatesTest {

    private final SeatAllocation allocation = new SeatAllocation();
    private final TestSeats seats = new TestSeats();

    @Test
    void aReserveClimbingFrom40thIsTold20th10th5th2nd1stThenAdmitted() {
        oneSeatAndReserves(40);

        assertThat(drain()).filteredOn(answer -> answer.holder().applicationId().equals("r40"))
                .extracting(SeatAnswer::outcome, SeatAnswer::reservePosition, SeatAnswer::reasonCode)
                .containsExactly(
                        tuple(SeatOutcome.RESERVE, 20, ReserveUpdates.RESERVE_POSITION_CHANGED),
                        tuple(SeatOutcome.RESERVE, 10, ReserveUpdates.RESERVE_POSITION_CHANGED),
                        tuple(SeatOutcome.RESERVE, 5, ReserveUpdates.RESERVE_POSITION_CHANGED),
                        tuple(SeatOutcome.RESERVE, 2, ReserveUpdates.RESERVE_POSITION_CHANGED),
                        tuple(SeatOutcome.RESERVE, 1, ReserveUpdates.RESERVE_POSITION_CHANGED),
                        tuple(SeatOutcome.ADMITTED, null, SeatAllocation.SEAT_FREED));
    }

    @Test
    void movesBetweenTwoWalksAreCoalescedIntoOneUpdate() {
        oneSeatAndReserves(40);
        List<SeatAnswer> freed = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            freed.addAll(withdraw(seats.admitted().getFirst()));
        }

        List<SeatAnswer> walk = seats.walk();

        assertThat(freed).extracting(SeatAnswer::reasonCode).containsOnly(SeatAllocation.SEAT_FREED).hasSize(30);
        // r40 is 10th now: told once, not 20th and then 10th
        assertThat(positionsToldTo("r40", walk)).containsExactly(10);
        assertThat(seats.walk()).isEmpty();
    }

    @Test
    void aReservePushedBackIsToldWhenItsPositionHasDoubled() {
        request(holder("admitted", null, 0));
        request(holder("late", 5, 1));
        List<Integer> toldToLate = new ArrayList<>();

        for (int i = 0; i < 8; i++) {
            request(holder("group1-" + i, 1, 10 + i));
            toldToLate.addAll(positionsToldTo("late", seats.walk()));
        }

        assertThat(seats.reserveIds().getLast()).isEqualTo("late");
        assertThat(seats.reserveIds()).hasSize(9);
        assertThat(toldToLate).containsExactly(2, 4, 8);
    }

    @Test
    void drainingEightReservesTellsEachTheFloorOfLog2OfItsStartingPosition() {
        oneSeatAndReserves(8);

        assertThat(updatesPerReserve(drain())).containsExactlyInAnyOrderEntriesOf(Map.of(
                "r2", 1, "r3", 1, "r4", 2, "r5", 2, "r6", 2, "r7", 2, "r8", 3));
    }

    @Test
    void drainingTwoHundredReservesTellsLogarithmicallyManyUpdatesAndAdmitsEachOnce() {
        oneSeatAndReserves(200);
        List<SeatAnswer> answers = drain();

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
        oneSeatAndReserves(4);
        // r4 was told 4; r1 leaves and r4 is 3rd, not told
        withdraw("r1");
        seats.walk();

        List<SeatAnswer> again = request(holder("r4", null, 4));
        withdraw("r2");
        List<SeatAnswer> movedTo2 = seats.walk();
        withdraw("r3");
        List<SeatAnswer> movedTo1 = seats.walk();

        assertThat(again).extracting(SeatAnswer::reservePosition, SeatAnswer::reasonCode)
                .containsExactly(tuple(3, SeatAllocation.OVERSUBSCRIBED));
        // told 3 by the answer, so 2nd is not yet half of it
        assertThat(positionsToldTo("r4", movedTo2)).isEmpty();
        assertThat(positionsToldTo("r4", movedTo1)).containsExactly(1);
    }

    @Test
    void whatAReserveWasLastToldIsWhatTheStateKeepsAndWithinAFactorOfTwoOfItsPosition() {
        Random random = new Random(20261122);
        Map<String, Integer> lastTold = new HashMap<>();
        for (int step = 0; step < 2_000; step++) {
            List<SeatAnswer> answers = new ArrayList<>(random.nextInt(3) > 0 || seats.reserve().isEmpty()
                    ? allocation.request(seats.state, COURSE_EVENT, holder("a" + step, 1 + random.nextInt(5), step),
                            5, CAUSE)
                    : allocation.withdraw(seats.state, COURSE_EVENT, anyHolder(random), 5, CAUSE));
            answers.addAll(seats.walk());
            answers.forEach(answer -> lastTold.put(answer.holder().applicationId(), answer.reservePosition()));

            List<SeatHolder> reserve = seats.reserve();
            for (int i = 0; i < reserve.size(); i++) {
                int position = i + 1;
                assertThat(reserve.get(i).toldReservePosition()).isEqualTo(lastTold.get(reserve.get(i).applicationId()));
                assertThat(position * 2).isGreaterThan(reserve.get(i).toldReservePosition());
                assertThat(position).isLessThan(reserve.get(i).toldReservePosition() * 2);
            }
        }
        assertThat(seats.reserve()).hasSizeGreaterThan(100);
    }

    private String anyHolder(Random random) {
        List<String> all = new ArrayList<>(seats.admitted());
        all.addAll(seats.reserveIds());
        return all.get(random.nextInt(all.size()));
    }

    /** One seat, taken by "admitted", and reserves r1 to rN in that order, each told its place. */
    private void oneSeatAndReserves(int reserves) {
        request(holder("admitted", null, 0));
        for (int i = 1; i <= reserves; i++) {
            request(holder("r" + i, null, i));
        }
    }

    /** Withdraws whoever holds the seat, and walks, until the reserve list is empty; every answer on the way. */
    private List<SeatAnswer> drain() {
        List<SeatAnswer> answers = new ArrayList<>();
        while (!seats.reserve().isEmpty()) {
            answers.addAll(withdraw(seats.admitted().getFirst()));
            answers.addAll(seats.walk());
        }
        return answers;
    }

    private List<SeatAnswer> request(SeatHolder holder) {
        return allocation.request(seats.state, COURSE_EVENT, holder, 1, CAUSE);
    }

    private List<SeatAnswer> withdraw(String applicationId) {
        return allocation.withdraw(seats.state, COURSE_EVENT, applicationId, 1, CAUSE);
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
                .filter(answer -> ReserveUpdates.RESERVE_POSITION_CHANGED.equals(answer.reasonCode()))
                .forEach(answer -> updates.merge(answer.holder().applicationId(), 1, Integer::sum));
        return updates;
    }
}
