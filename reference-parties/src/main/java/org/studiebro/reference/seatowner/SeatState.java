package org.studiebro.reference.seatowner;

import java.util.Objects;

import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * What one course event's task keeps: the seats (admitted list and reserve list) and, for manual seat owners, the
 * requests not decided yet. Both the rules and the officers' decisions change them, in the same task.
 */
final class SeatState {

    private final KeyValueStore<String, CourseEventSeats> seats;
    private final KeyValueStore<String, PendingSeatRequest> pending;

    SeatState(ProcessorContext<?, ?> context) {
        this.seats = context.getStateStore(SeatOwnerTopology.SEATS_STORE);
        this.pending = context.getStateStore(SeatOwnerTopology.PENDING_STORE);
    }

    CourseEventSeats seats(String courseEventId) {
        return Objects.requireNonNullElse(seats.get(courseEventId), CourseEventSeats.NONE);
    }

    void save(String courseEventId, CourseEventSeats before, CourseEventSeats after) {
        if (after.equals(before)) {
            return;
        }
        if (after.isEmpty()) {
            seats.delete(courseEventId);
        } else {
            seats.put(courseEventId, after);
        }
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
}
