package org.studiebro.reference.seatowner;

import java.util.List;

/**
 * What the seat owner keeps per course event: the admitted applications in admission order and the reserve list
 * in {@link SeatHolder#RESERVE_ORDER}.
 */
record CourseEventSeats(List<SeatHolder> admitted, List<SeatHolder> reserve) {

    static final CourseEventSeats NONE = new CourseEventSeats(List.of(), List.of());

    CourseEventSeats {
        admitted = List.copyOf(admitted);
        reserve = List.copyOf(reserve);
    }

    boolean isEmpty() {
        return admitted.isEmpty() && reserve.isEmpty();
    }

    boolean isAdmitted(String applicationId) {
        return admitted.stream().anyMatch(holder -> holder.applicationId().equals(applicationId));
    }

    /** Whether the application has a seat or a reserve place: its request was decided. */
    boolean holds(String applicationId) {
        return isAdmitted(applicationId) || reservePosition(applicationId) > 0;
    }

    /** 1-based position on the reserve list, or 0 when not on it. */
    int reservePosition(String applicationId) {
        for (int i = 0; i < reserve.size(); i++) {
            if (reserve.get(i).applicationId().equals(applicationId)) {
                return i + 1;
            }
        }
        return 0;
    }
}
