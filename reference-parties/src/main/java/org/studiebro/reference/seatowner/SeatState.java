package org.studiebro.reference.seatowner;

import java.util.Objects;
import java.util.Optional;

import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * What the seat owner keeps, one small entry per holder in ordered stores and never a list in one value, so that a
 * request costs a few store operations whatever the number of holders and no record grows with a reserve list:
 * <ul>
 * <li>{@code seat-holders}: {@link HeldSeat} by course event and application, the per-application index;</li>
 * <li>{@code reserve-lists}: application id by course event, {@link ReserveRank} and application, in list order;</li>
 * <li>{@code seat-counts}: {@link SeatCounts} by course event;</li>
 * <li>{@code changed-reserve-lists}: {@link ReserveListChange} by course event, for the reserve-position updates;</li>
 * <li>{@code pending-seat-requests}: a manual seat owner's undecided requests.</li>
 * </ul>
 * Both the rules and the officers' decisions change them, in the one task that sees every request of the seat owner.
 */
final class SeatState {

    private final KeyValueStore<String, HeldSeat> holders;
    private final KeyValueStore<String, String> reserves;
    private final KeyValueStore<String, SeatCounts> counts;
    private final KeyValueStore<String, ReserveListChange> changed;
    private final KeyValueStore<String, PendingSeatRequest> pending;

    SeatState(KeyValueStore<String, HeldSeat> holders, KeyValueStore<String, String> reserves,
            KeyValueStore<String, SeatCounts> counts, KeyValueStore<String, ReserveListChange> changed,
            KeyValueStore<String, PendingSeatRequest> pending) {
        this.holders = holders;
        this.reserves = reserves;
        this.counts = counts;
        this.changed = changed;
        this.pending = pending;
    }

    static SeatState of(ProcessorContext<?, ?> context) {
        return new SeatState(context.getStateStore(SeatOwnerTopology.HOLDERS_STORE),
                context.getStateStore(SeatOwnerTopology.RESERVES_STORE),
                context.getStateStore(SeatOwnerTopology.COUNTS_STORE),
                context.getStateStore(SeatOwnerTopology.CHANGED_STORE),
                context.getStateStore(SeatOwnerTopology.PENDING_STORE));
    }

    HeldSeat held(String courseEventId, String applicationId) {
        return holders.get(SeatKeys.holder(courseEventId, applicationId));
    }

    SeatCounts counts(String courseEventId) {
        return Objects.requireNonNullElse(counts.get(courseEventId), SeatCounts.NONE);
    }

    void admit(String courseEventId, SeatHolder holder) {
        holders.put(SeatKeys.holder(courseEventId, holder.applicationId()), new HeldSeat(holder.asAdmitted(), null));
        saveCounts(courseEventId, counts(courseEventId).withAdmitted(1));
    }

    /**
     * Puts the holder on the reserve list at its rank and returns its position, which it is told. The reserves
     * ranked before it are the sections' counts before its own and those of its own section, less the ones of its
     * section ranked after it: none, in a single seek, when it comes last in its section, as a request usually does
     * (requests come mostly in the order of application). Reserves it moved back are left to the next updates.
     */
    int reserve(String courseEventId, SeatHolder holder, String rank, ReserveListChange cause) {
        String key = SeatKeys.reserve(courseEventId, rank, holder.applicationId());
        String section = ReserveRank.section(rank);
        SeatCounts current = counts(courseEventId);
        int behindInSection = 0;
        try (KeyValueIterator<String, String> behind = reserves.reverseRange(key,
                SeatKeys.sectionLast(courseEventId, section))) {
            for (; behind.hasNext(); behind.next()) {
                behindInSection++;
            }
        }
        int position = current.reservesBefore(section) + current.reservesIn(section) - behindInSection + 1;
        reserves.put(key, holder.applicationId());
        holders.put(SeatKeys.holder(courseEventId, holder.applicationId()), new HeldSeat(holder.told(position), rank));
        saveCounts(courseEventId, current.withReserves(section, 1));
        if (behindInSection > 0 || current.reservesAfter(section) > 0) {
            markChanged(courseEventId, cause);
        }
        return position;
    }

    /** The best-ranked reserve: the first key of the course event's reserve range. */
    Optional<HeldSeat> firstReserve(String courseEventId) {
        try (KeyValueIterator<String, String> list = reserveList(courseEventId)) {
            return list.hasNext() ? Optional.of(held(courseEventId, list.next().value)) : Optional.empty();
        }
    }

    /** Frees the seat or reserve place; the reserves behind a freed reserve place move up at the next updates. */
    void remove(String courseEventId, HeldSeat held, ReserveListChange cause) {
        String applicationId = held.holder().applicationId();
        SeatCounts current = counts(courseEventId);
        if (held.onReserveList()) {
            reserves.delete(SeatKeys.reserve(courseEventId, held.reserveRank(), applicationId));
            saveCounts(courseEventId, current.withReserves(ReserveRank.section(held.reserveRank()), -1));
            markChanged(courseEventId, cause);
        } else {
            saveCounts(courseEventId, current.withAdmitted(-1));
        }
        holders.delete(SeatKeys.holder(courseEventId, applicationId));
    }

    /** The reserve's 1-based position; reads the reserves of its section ranked before it. */
    int position(String courseEventId, HeldSeat held) {
        String section = ReserveRank.section(held.reserveRank());
        int position = counts(courseEventId).reservesBefore(section);
        try (KeyValueIterator<String, String> before = reserves.range(SeatKeys.sectionFirst(courseEventId, section),
                SeatKeys.reserve(courseEventId, held.reserveRank(), held.holder().applicationId()))) {
            for (; before.hasNext(); before.next()) {
                position++;
            }
        }
        return position;
    }

    /** Remembers the reserve position the holder has just been told. */
    void told(String courseEventId, HeldSeat held, int position) {
        holders.put(SeatKeys.holder(courseEventId, held.holder().applicationId()),
                new HeldSeat(held.holder().told(position), held.reserveRank()));
    }

    /** The course event's reserve list in order: reserve key to application id. Close it after use. */
    KeyValueIterator<String, String> reserveList(String courseEventId) {
        return reserves.range(SeatKeys.first(courseEventId), SeatKeys.last(courseEventId));
    }

    void markChanged(String courseEventId, ReserveListChange cause) {
        changed.put(courseEventId, cause);
    }

    /** The course events whose reserves moved since their last updates. Close it after use. */
    KeyValueIterator<String, ReserveListChange> changedReserveLists() {
        return changed.all();
    }

    void updated(String courseEventId) {
        changed.delete(courseEventId);
    }

    PendingSeatRequest pending(String courseEventId, String applicationId) {
        return pending.get(PendingSeatRequest.key(courseEventId, applicationId));
    }

    void keepPending(PendingSeatRequest request) {
        pending.put(PendingSeatRequest.key(request.courseEventId(), request.applicationId()), request);
    }

    void forgetPending(String courseEventId, String applicationId) {
        String key = PendingSeatRequest.key(courseEventId, applicationId);
        if (pending.get(key) != null) {
            pending.delete(key);
        }
    }

    private void saveCounts(String courseEventId, SeatCounts updated) {
        if (updated.isEmpty()) {
            counts.delete(courseEventId);
        } else {
            counts.put(courseEventId, updated);
        }
    }
}
