package org.studiebro.reference.seatowner;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.kafka.streams.state.KeyValueIterator;

/** A {@link SeatState} over counting in-memory stores, one course event, and what the tests read of it. */
final class TestSeats {

    static final String COURSE_EVENT = "event-1";
    static final ReserveListChange CAUSE = new ReserveListChange("owner", "request-1");

    final CountingStore<HeldSeat> holders = new CountingStore<>(SeatOwnerTopology.HOLDERS_STORE);
    final CountingStore<String> reserves = new CountingStore<>(SeatOwnerTopology.RESERVES_STORE);
    final CountingStore<SeatCounts> counts = new CountingStore<>(SeatOwnerTopology.COUNTS_STORE);
    final CountingStore<ReserveListChange> changed = new CountingStore<>(SeatOwnerTopology.CHANGED_STORE);
    final CountingStore<PendingSeatRequest> pending = new CountingStore<>(SeatOwnerTopology.PENDING_STORE);
    final SeatState state = new SeatState(holders, reserves, counts, changed, pending);

    static SeatHolder holder(String applicationId, Integer priorityGroup, long submittedAt) {
        return new SeatHolder(applicationId, 1, priorityGroup, submittedAt, "correlation-" + applicationId, null);
    }

    /** Every store call and entry read so far. */
    long operations() {
        return Stream.of(holders, reserves, counts, changed, pending).mapToLong(CountingStore::operations).sum();
    }

    /** The admitted applications, by application id. */
    List<String> admitted() {
        return holders.values().stream().filter(held -> !held.onReserveList())
                .map(held -> held.holder().applicationId()).sorted().toList();
    }

    /** The reserve list in order. */
    List<SeatHolder> reserve() {
        List<SeatHolder> list = new ArrayList<>();
        try (KeyValueIterator<String, String> reserveList = state.reserveList(COURSE_EVENT)) {
            reserveList.forEachRemaining(entry -> list.add(state.held(COURSE_EVENT, entry.value).holder()));
        }
        return list;
    }

    List<String> reserveIds() {
        return reserve().stream().map(SeatHolder::applicationId).toList();
    }

    List<Integer> told() {
        return reserve().stream().map(SeatHolder::toldReservePosition).toList();
    }

    /** What the punctuation would tell now, when the course event is marked as changed; clears the mark. */
    List<SeatAnswer> walk() {
        if (changed.get(COURSE_EVENT) == null) {
            return List.of();
        }
        List<SeatAnswer> answers = ReserveUpdates.tell(state, COURSE_EVENT);
        state.updated(COURSE_EVENT);
        return answers;
    }
}
