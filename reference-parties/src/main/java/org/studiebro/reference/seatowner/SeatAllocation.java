package org.studiebro.reference.seatowner;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Seat allocation for one course event, without any Kafka: requests are decided in arrival order, admitted while
 * seats remain and otherwise put on the reserve list, which is kept in priority-group order so that a freed seat
 * goes to the best-ranked reserve. Every reserve whose position changes is told its new position.
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
        int position = current.reservePosition(applicationId);
        if (position > 0) {
            return new Change(current, List.of(reserve(applicant, position)));
        }
        List<SeatHolder> admitted = new ArrayList<>(current.admitted());
        List<SeatHolder> reserve = new ArrayList<>(current.reserve());
        List<SeatAnswer> answers = new ArrayList<>();
        fillFreeSeats(admitted, reserve, seats, answers);
        if (admitted.size() < seats) {
            admitted.add(applicant);
            answers.add(admitted(applicant));
        } else {
            reserve.add(applicant);
            reserve.sort(SeatHolder.RESERVE_ORDER);
            answers.add(reserve(applicant, reserve.indexOf(applicant) + 1));
        }
        answers.addAll(positionChanges(current.reserve(), reserve, applicationId));
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
        answers.addAll(positionChanges(current.reserve(), reserve, applicationId));
        return new Change(new CourseEventSeats(admitted, reserve), answers);
    }

    private static void fillFreeSeats(List<SeatHolder> admitted, List<SeatHolder> reserve, int seats,
            List<SeatAnswer> answers) {
        while (admitted.size() < seats && !reserve.isEmpty()) {
            SeatHolder first = reserve.removeFirst();
            admitted.add(first);
            answers.add(SeatAnswer.admitted(first, SEAT_FREED, "Antagen från reservlistan: en plats blev ledig"));
        }
    }

    /** RESERVE updates for those still on the list whose position differs from before; not for the cause. */
    static List<SeatAnswer> positionChanges(List<SeatHolder> before, List<SeatHolder> after,
            String causeApplicationId) {
        Map<String, Integer> previous = new HashMap<>();
        for (int i = 0; i < before.size(); i++) {
            previous.put(before.get(i).applicationId(), i + 1);
        }
        List<SeatAnswer> changes = new ArrayList<>();
        for (int i = 0; i < after.size(); i++) {
            SeatHolder holder = after.get(i);
            Integer was = previous.get(holder.applicationId());
            if (!holder.applicationId().equals(causeApplicationId) && was != null && was != i + 1) {
                changes.add(SeatAnswer.reserve(holder, i + 1, RESERVE_POSITION_CHANGED,
                        "Ny plats på reservlistan: " + (i + 1)));
            }
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
