package org.studiebro.reference.seatowner;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Seat allocation for one course event by the reference rules: requests are decided in arrival order, admitted
 * while seats remain and otherwise put on the reserve list, which is kept in priority-group order so that a freed
 * seat goes to the best-ranked reserve. Each decision reads and writes a few entries of {@link SeatState}, whatever
 * the length of the lists.
 * <p>
 * The reserves that a request or withdrawal moves are not told here: the course event is marked, and
 * {@link ReserveUpdates} tells them later, by the factor-of-two rule, in one walk over the list.
 */
final class SeatAllocation {

    static final String SEATS_AVAILABLE = "SEATS_AVAILABLE";
    static final String OVERSUBSCRIBED = "OVERSUBSCRIBED";
    static final String SEAT_FREED = "SEAT_FREED";

    /**
     * The decisions for a request, in the order they were made.
     *
     * @param seats the seats the course event offers now; when it was raised, reserves are admitted first
     */
    List<SeatAnswer> request(SeatState state, String courseEventId, SeatHolder applicant, int seats,
            ReserveListChange cause) {
        HeldSeat held = state.held(courseEventId, applicant.applicationId());
        if (held != null && !held.onReserveList()) {
            return List.of(admitted(applicant));
        }
        if (held != null) {
            int position = state.position(courseEventId, held);
            state.told(courseEventId, held, position);
            return List.of(reserve(applicant, position));
        }
        List<SeatAnswer> answers = fillFreeSeats(state, courseEventId, seats, cause);
        if (state.counts(courseEventId).admitted() < seats) {
            state.admit(courseEventId, applicant);
            answers.add(admitted(applicant));
        } else {
            int position = state.reserve(courseEventId, applicant, ReserveRank.of(applicant), cause);
            answers.add(reserve(applicant, position));
        }
        return answers;
    }

    /** Frees the application's seat or reserve place; an unknown application changes nothing. */
    List<SeatAnswer> withdraw(SeatState state, String courseEventId, String applicationId, int seats,
            ReserveListChange cause) {
        HeldSeat held = state.held(courseEventId, applicationId);
        if (held == null) {
            return List.of();
        }
        state.remove(courseEventId, held, cause);
        return fillFreeSeats(state, courseEventId, seats, cause);
    }

    private static List<SeatAnswer> fillFreeSeats(SeatState state, String courseEventId, int seats,
            ReserveListChange cause) {
        List<SeatAnswer> answers = new ArrayList<>();
        while (state.counts(courseEventId).admitted() < seats) {
            Optional<HeldSeat> first = state.firstReserve(courseEventId);
            if (first.isEmpty()) {
                break;
            }
            state.remove(courseEventId, first.get(), cause);
            state.admit(courseEventId, first.get().holder());
            answers.add(SeatAnswer.admitted(first.get().holder().asAdmitted(), SEAT_FREED,
                    "Antagen från reservlistan: en plats blev ledig"));
        }
        return answers;
    }

    private static SeatAnswer admitted(SeatHolder holder) {
        return SeatAnswer.admitted(holder, SEATS_AVAILABLE, "Antagen: det finns plats på kurstillfället");
    }

    private static SeatAnswer reserve(SeatHolder holder, int position) {
        return SeatAnswer.reserve(holder, position, OVERSUBSCRIBED,
                "Kurstillfället är fullt: reservplats " + position);
    }
}
