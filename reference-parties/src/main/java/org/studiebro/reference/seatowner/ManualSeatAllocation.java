package org.studiebro.reference.seatowner;

import java.util.List;
import java.util.Optional;

import org.apache.kafka.streams.state.KeyValueIterator;

/**
 * Seat allocation as an officer decides it, in the same {@link SeatState} as {@link SeatAllocation}, so that seats
 * stay consistent however a request was decided. An admission needs a free seat; a reserve goes where the officer
 * puts it, or where the reference rules would rank it, and the reserves it moves back are told at the next reserve
 * updates ({@link ReserveUpdates}); the other outcomes take nothing.
 */
final class ManualSeatAllocation {

    /** The decisions, or empty when the decision does not fit the seats: an admission without a free seat. */
    Optional<List<SeatAnswer>> decide(SeatState state, String courseEventId, SeatHolder applicant,
            ManualSeatDecision decision, int seats, ReserveListChange cause) {
        return switch (decision.outcome()) {
            case ADMITTED -> {
                if (state.counts(courseEventId).admitted() >= seats) {
                    yield Optional.empty();
                }
                state.admit(courseEventId, applicant);
                yield Optional.of(List.of(answer(applicant, decision, null)));
            }
            case RESERVE -> {
                String rank = decision.reservePosition() == null ? ReserveRank.of(applicant)
                        : rankAt(state, courseEventId, decision.reservePosition(), applicant);
                int position = state.reserve(courseEventId, applicant, rank, cause);
                yield Optional.of(List.of(answer(applicant, decision, position)));
            }
            case NOT_ELIGIBLE, NOT_ADMITTED, COURSE_CANCELLED -> Optional.of(List.of(answer(applicant, decision, null)));
            case UNKNOWN -> throw new IllegalArgumentException("officer's decision " + decision.decisionId()
                    + " has no outcome");
        };
    }

    /**
     * A rank between those of the reserves now at {@code position - 1} and {@code position}, so that the applicant
     * takes that position; past the end of the list, last. Reads the list up to the position: an officer's placement
     * is rare. Two neighbours of the same rank (same group, same millisecond) leave no rank between them; the
     * applicant then shares it and the application ids order the three.
     */
    private static String rankAt(SeatState state, String courseEventId, int position, SeatHolder applicant) {
        String before = "";
        String at = null;
        try (KeyValueIterator<String, String> list = state.reserveList(courseEventId)) {
            for (int i = 1; i <= position && list.hasNext(); i++) {
                String rank = SeatKeys.rankOf(courseEventId, list.next().key);
                if (i < position) {
                    before = rank;
                } else {
                    at = rank;
                }
            }
        }
        if (before.isEmpty() && at == null) {
            return ReserveRank.of(applicant);
        }
        return before.equals(at) ? at : ReserveRank.between(before, at);
    }

    private static SeatAnswer answer(SeatHolder applicant, ManualSeatDecision decision, Integer reservePosition) {
        return new SeatAnswer(applicant, decision.outcome(), reservePosition, decision.reasonCode(),
                decision.reason());
    }
}
