package org.studiebro.reference.seatowner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.studiebro.reference.seatowner.TestSeats.CAUSE;
import static org.studiebro.reference.seatowner.TestSeats.COURSE_EVENT;
import static org.studiebro.reference.seatowner.TestSeats.holder;

import java.util.function.Consumer;
import java.util.stream.Stream;

import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.junit.jupiter.api.Test;
import org.studiebro.reference.streams.JsonSerde;

/**
 * What a request costs and what the state stores, with a short and a long reserve list: counted store operations
 * (calls and entries read), not timings, so that the test fails on a cost that grows with the list and passes on
 * any machine.
 */
class SeatStateCostTest {

    private static final int SEATS = 5;
    private static final Integer[] GROUPS = {1, 2, 3, 4, 5, null};

    private final SeatAllocation allocation = new SeatAllocation();

    @Test
    void aNewRequestCostsTheSameStoreOperationsWith10And10000Holders() {
        Consumer<TestSeats> newcomer = seats -> allocation.request(seats.state, COURSE_EVENT,
                holder("newcomer", 3, Long.MAX_VALUE / 2), SEATS, CAUSE);

        assertThat(operations(10, newcomer)).isEqualTo(operations(10_000, newcomer)).isLessThan(20);
    }

    @Test
    void aWithdrawalThatFreesASeatOrAReservePlaceCostsTheSameWith10And10000Holders() {
        Consumer<TestSeats> admittedLeaves = seats -> allocation.withdraw(seats.state, COURSE_EVENT, "h0", SEATS,
                CAUSE);
        Consumer<TestSeats> reserveLeaves = seats -> allocation.withdraw(seats.state, COURSE_EVENT, "h7", SEATS,
                CAUSE);

        assertThat(operations(10, admittedLeaves)).isEqualTo(operations(10_000, admittedLeaves)).isLessThan(30);
        assertThat(operations(10, reserveLeaves)).isEqualTo(operations(10_000, reserveLeaves)).isLessThan(20);
    }

    @Test
    void noStoredValueGrowsWithTheNumberOfHolders() {
        int largestOf10 = largestValue(filled(10));
        int largestOf10000 = largestValue(filled(10_000));

        // One value holding the lists, as before, was about 150 bytes per holder: 1.5 MB here, past Kafka's 1 MB.
        assertThat(largestOf10000).isLessThan(300).isLessThanOrEqualTo(largestOf10 + 32);
    }

    /** The store operations of one step, after holders h0 … h(n-1): SEATS admitted, the rest reserves. */
    private long operations(int holders, Consumer<TestSeats> step) {
        TestSeats seats = filled(holders);
        long before = seats.operations();
        step.accept(seats);
        return seats.operations() - before;
    }

    private TestSeats filled(int holders) {
        TestSeats seats = new TestSeats();
        for (int i = 0; i < holders; i++) {
            allocation.request(seats.state, COURSE_EVENT, holder("h" + i, GROUPS[i % GROUPS.length], i), SEATS,
                    CAUSE);
        }
        return seats;
    }

    /** In bytes, as the changelogs get them. */
    private static int largestValue(TestSeats seats) {
        return Stream.of(
                largest(seats.holders, new JsonSerde<>(HeldSeat.class)),
                largest(seats.reserves, Serdes.String()),
                largest(seats.counts, new JsonSerde<>(SeatCounts.class)),
                largest(seats.changed, new JsonSerde<>(ReserveListChange.class)))
                .mapToInt(Integer::intValue).max().orElseThrow();
    }

    private static <V> int largest(CountingStore<V> store, Serde<V> serde) {
        return store.values().stream().mapToInt(value -> serde.serializer().serialize("changelog", value).length)
                .max().orElse(0);
    }
}
