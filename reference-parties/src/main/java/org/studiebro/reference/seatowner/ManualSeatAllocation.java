package org.studiebro.reference.seatowner;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Seat allocation as an officer decides it, without any Kafka: the same admitted list and reserve list as
 * {@link SeatAllocation}, so that seats stay consistent however a request was decided. An admission needs a free
 * seat; a reserve goes where the officer puts it, or where the reference rules would rank it, and the reserves it
 * moves are told as the rules tell them (a factor of two, see {@link SeatAllocation}); the other outcomes take
 * nothing.
 */
final class ManualSeatAllocation {

    /** The change the decision makes, or empty when it does not fit the seats: an admission without a free seat. */
    Optional<SeatAllocation.Change> decide(CourseEventSeats current, SeatHolder applicant, ManualSeatDecision decision,
            int seats) {
        return switch (decision.outcome()) {
            case ADMITTED -> admit(current, applicant, answer(applicant, decision, null), seats);
            case RESERVE -> Optional.of(reserve(current, applicant, decision));
            case NOT_ELIGIBLE, NOT_ADMITTED, COURSE_CANCELLED -> Optional.of(
                    new SeatAllocation.Change(current, List.of(answer(applicant, decision, null))));
            case UNKNOWN -> throw new IllegalArgumentException("officer's decision " + decision.decisionId()
                    + " has no outcome");
        };
    }

    private static Optional<SeatAllocation.Change> admit(CourseEventSeats current, SeatHolder applicant,
            SeatAnswer answer, int seats) {
        if (current.admitted().size() >= seats) {
            return Optional.empty();
        }
        List<SeatHolder> admitted = new ArrayList<>(current.admitted());
        admitted.add(applicant);
        return Optional.of(new SeatAllocation.Change(new CourseEventSeats(admitted, current.reserve()),
                List.of(answer)));
    }

    private static SeatAllocation.Change reserve(CourseEventSeats current, SeatHolder applicant,
            ManualSeatDecision decision) {
        List<SeatHolder> reserve = new ArrayList<>(current.reserve());
        int index = decision.reservePosition() == null ? rankedPlace(reserve, applicant)
                : Math.min(decision.reservePosition(), reserve.size() + 1) - 1;
        reserve.add(index, applicant.told(index + 1));
        List<SeatAnswer> answers = new ArrayList<>();
        answers.add(answer(applicant, decision, index + 1));
        answers.addAll(SeatAllocation.tellMovedReserves(current.reserve(), reserve, applicant.applicationId()));
        return new SeatAllocation.Change(new CourseEventSeats(current.admitted(), reserve), answers);
    }

    /** Before the first reserve the applicant ranks ahead of (priority group, then time), as the rules would. */
    private static int rankedPlace(List<SeatHolder> reserve, SeatHolder applicant) {
        for (int i = 0; i < reserve.size(); i++) {
            if (SeatHolder.RESERVE_ORDER.compare(applicant, reserve.get(i)) < 0) {
                return i;
            }
        }
        return reserve.size();
    }

    private static SeatAnswer answer(SeatHolder applicant, ManualSeatDecision decision, Integer reservePosition) {
        return new SeatAnswer(applicant, decision.outcome(), reservePosition, decision.reasonCode(),
                decision.reason());
    }
}
