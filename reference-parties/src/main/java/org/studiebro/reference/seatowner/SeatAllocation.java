package org.studiebro.reference.seatowner;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Seat allocation for one course event, without any Kafka: requests are decided in arrival order, admitted while
 * seats remain and otherwise put on the reserve list, which is kept in priority-group order so that a freed seat
 * goes to the best-ranked reserve.
 * <p>
 * A reserve is told its exact position when it is placed (or asks again), but afterwards only when the position has
 * changed by a factor of two since the one it was last told: moved up to half or better, or back to double or worse.
 * Telling every move made the updates quadratic in the length of the list (a learner 40th in line got ~40
 * decisions, each a status event, a notice and e-mails); this way a reserve climbing from 40th is told 20th, 10th,
 * 5th, 2nd, 1st, and what it was last told is always within a factor of two of its real position.
 */
final class SeatAllocation {

    static final String SEATS_AVAILABLE = "SEATS_AVAILABLE";
    static final String OVERSUBSCRIBED = "OVERSUBSCRIBED";
    static final String SEAT_FREED = "SEAT_FREED";
    static final String RESERVE_POSITION_CHANGED = "RESERVE_POSITION_CHANGED";

    /** The state after a request or withdrawal and the decisions it gives, in the order they were made. */
    record Change(CourseEventSeats seats, List<SeatAnswer> answers) {
    }

    /**
     * @param seats the seats the course event offers now; when it was raised, reserves are admitted first
     */
    Change request(CourseEventSeats current, SeatHolder applicant, int seats) {
        String applicationId = applicant.applicationId();
        if (current.isAdmitted(applicationId)) {
            return new Change(current, List.of(admitted(applicant)));
        }
        List<SeatHolder> reserve = new ArrayList<>(current.reserve());
        int position = current.reservePosition(applicationId);
        if (position > 0) {
            reserve.set(position - 1, reserve.get(position - 1).told(position));
            return new Change(new CourseEventSeats(current.admitted(), reserve),
                    List.of(reserve(applicant, position)));
        }
        List<SeatHolder> admitted = new ArrayList<>(current.admitted());
        List<SeatAnswer> answers = new ArrayList<>();
        fillFreeSeats(admitted, reserve, seats, answers);
        if (admitted.size() < seats) {
            admitted.add(applicant);
            answers.add(admitted(applicant));
        } else {
            reserve.add(applicant);
            reserve.sort(SeatHolder.RESERVE_ORDER);
            int placed = reserve.indexOf(applicant);
            reserve.set(placed, applicant.told(placed + 1));
            answers.add(reserve(applicant, placed + 1));
        }
        answers.addAll(tellMovedReserves(current.reserve(), reserve, applicationId));
        return new Change(new CourseEventSeats(admitted, reserve), answers);
    }

    /** Frees the application's seat or reserve place; an unknown application changes nothing. */
    Change withdraw(CourseEventSeats current, String applicationId, int seats) {
        List<SeatHolder> admitted = new ArrayList<>(current.admitted());
        List<SeatHolder> reserve = new ArrayList<>(current.reserve());
        boolean removed = admitted.removeIf(holder -> holder.applicationId().equals(applicationId))
                || reserve.removeIf(holder -> holder.applicationId().equals(applicationId));
        if (!removed) {
            return new Change(current, List.of());
        }
        List<SeatAnswer> answers = new ArrayList<>();
        fillFreeSeats(admitted, reserve, seats, answers);
        answers.addAll(tellMovedReserves(current.reserve(), reserve, applicationId));
        return new Change(new CourseEventSeats(admitted, reserve), answers);
    }

    private static void fillFreeSeats(List<SeatHolder> admitted, List<SeatHolder> reserve, int seats,
            List<SeatAnswer> answers) {
        while (admitted.size() < seats && !reserve.isEmpty()) {
            SeatHolder first = reserve.removeFirst().asAdmitted();
            admitted.add(first);
            answers.add(SeatAnswer.admitted(first, SEAT_FREED, "Antagen från reservlistan: en plats blev ledig"));
        }
    }

    /**
     * RESERVE updates for those on the list, other than the cause, who have moved by a factor of two since the
     * position they were last told; records in {@code reserve} (changed in place) what each holder has been told.
     */
    static List<SeatAnswer> tellMovedReserves(List<SeatHolder> before, List<SeatHolder> reserve,
            String causeApplicationId) {
        Map<String, Integer> previous = new HashMap<>();
        for (int i = 0; i < before.size(); i++) {
            previous.put(before.get(i).applicationId(), i + 1);
        }
        List<SeatAnswer> changes = new ArrayList<>();
        for (int i = 0; i < reserve.size(); i++) {
            SeatHolder holder = reserve.get(i);
            Integer was = previous.get(holder.applicationId());
            if (holder.applicationId().equals(causeApplicationId) || was == null) {
                continue;
            }
            int position = i + 1;
            // Null in state from before told positions were kept, when every move was told: the position held.
            int told = Objects.requireNonNullElse(holder.toldReservePosition(), was);
            if (position * 2 <= told || position >= told * 2) {
                changes.add(SeatAnswer.reserve(holder, position, RESERVE_POSITION_CHANGED,
                        "Ny plats på reservlistan: " + position));
                told = position;
            }
            reserve.set(i, holder.told(told));
        }
        return changes;
    }

    private static SeatAnswer admitted(SeatHolder holder) {
        return SeatAnswer.admitted(holder, SEATS_AVAILABLE, "Antagen: det finns plats på kurstillfället");
    }

    private static SeatAnswer reserve(SeatHolder holder, int position) {
        return SeatAnswer.reserve(holder, position, OVERSUBSCRIBED,
                "Kurstillfället är fullt: reservplats " + position);
    }
}
