package org.studiebro.reference.seatowner;

import java.util.ArrayList;
import java.util.List;

import org.apache.kafka.streams.state.KeyValueIterator;

/**
 * Tells reserves their new position when it has moved by a factor of two since the position they were last told:
 * up to half or better ({@code now * 2 <= told}), or back to double or worse ({@code now >= told * 2}). Telling every
 * move would give a reserve n places down about n decisions, each a status event, a municipality notice and
 * e-mails; this way it gets about log2(n), and what it was last told is always within a factor of two of its
 * position.
 * <p>
 * Finding who moved that far needs the whole list, so it is not walked per request: requests mark their course
 * event ({@link SeatState#markChanged}) and a wall-clock punctuation walks each marked list once. Moves between two
 * walks are coalesced: a reserve that went back and forth is told nothing, and one that moved far is told its
 * position at the walk, once.
 */
final class ReserveUpdates {

    static final String RESERVE_POSITION_CHANGED = "RESERVE_POSITION_CHANGED";

    private ReserveUpdates() {
    }

    /** The updates for the course event's reserves, in list order; records what each has been told. */
    static List<SeatAnswer> tell(SeatState state, String courseEventId) {
        List<SeatAnswer> answers = new ArrayList<>();
        int position = 0;
        try (KeyValueIterator<String, String> list = state.reserveList(courseEventId)) {
            while (list.hasNext()) {
                position++;
                HeldSeat held = state.held(courseEventId, list.next().value);
                int told = held.holder().toldReservePosition();
                if (position * 2 <= told || position >= told * 2) {
                    answers.add(SeatAnswer.reserve(held.holder(), position, RESERVE_POSITION_CHANGED,
                            "Ny plats på reservlistan: " + position));
                    state.told(courseEventId, held, position);
                }
            }
        }
        return answers;
    }
}
