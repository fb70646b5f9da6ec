package org.studiebro.reference.seatowner;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.Punctuator;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.studiebro.events.SeatDecided;

/**
 * Every studiebro.seat-owner.reserve-update-interval of wall-clock time: walks the reserve list of each course event
 * marked as changed once, emits the reserve-position updates {@link ReserveUpdates} gives, and clears the mark. Its
 * writes (decisions, told positions, marks) are part of the task's exactly-once transaction, so a walk whose
 * transaction aborts is made again from the same marks.
 */
final class ReservePositionPunctuator implements Punctuator {

    private final SeatState state;
    private final ProcessorContext<String, SeatDecided> context;
    private final Clock clock;

    ReservePositionPunctuator(SeatState state, ProcessorContext<String, SeatDecided> context, Clock clock) {
        this.state = state;
        this.context = context;
        this.clock = clock;
    }

    @Override
    public void punctuate(long timestamp) {
        Instant now = clock.instant();
        for (KeyValue<String, ReserveListChange> marked : marked()) {
            for (SeatAnswer answer : ReserveUpdates.tell(state, marked.key)) {
                context.forward(new Record<>(answer.holder().applicationId(),
                        SeatDecisions.reserveUpdate(answer, marked.key, marked.value, now), timestamp));
            }
            state.updated(marked.key);
        }
    }

    /** Read before the walks, which delete the marks they cover. */
    private List<KeyValue<String, ReserveListChange>> marked() {
        List<KeyValue<String, ReserveListChange>> marked = new ArrayList<>();
        try (KeyValueIterator<String, ReserveListChange> all = state.changedReserveLists()) {
            all.forEachRemaining(marked::add);
        }
        return marked;
    }
}
