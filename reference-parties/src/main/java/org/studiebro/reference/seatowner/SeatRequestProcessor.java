package org.studiebro.reference.seatowner;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.studiebro.events.SeatDecided;
import org.studiebro.events.SeatRequestEvent;
import org.studiebro.events.SeatRequestWithdrawn;
import org.studiebro.events.SeatRequested;

/**
 * Decides the seat requests of one course event (the record key, after repartitioning) against its seats in the
 * catalog, keeping the admitted applications and the reserve list in a state store. Emits the decisions keyed by
 * application id.
 */
final class SeatRequestProcessor implements Processor<String, SeatRequestForCourse, String, SeatDecided> {

    private final AdmissionRules rules;
    private final SeatAllocation allocation;
    private final Clock clock;
    private ProcessorContext<String, SeatDecided> context;
    private KeyValueStore<String, CourseEventSeats> store;

    SeatRequestProcessor(AdmissionRules rules, SeatAllocation allocation, Clock clock) {
        this.rules = rules;
        this.allocation = allocation;
        this.clock = clock;
    }

    @Override
    public void init(ProcessorContext<String, SeatDecided> context) {
        this.context = context;
        this.store = context.getStateStore(SeatOwnerTopology.SEATS_STORE);
    }

    @Override
    public void process(Record<String, SeatRequestForCourse> record) {
        String courseEventId = record.key();
        SeatRequestEvent request = record.value().request();
        CourseEventSeats current = Objects.requireNonNullElse(store.get(courseEventId), CourseEventSeats.NONE);
        SeatAllocation.Change change = switch (request.getChange()) {
            case SeatRequested requested -> request(request, requested, record.value(), current);
            case SeatRequestWithdrawn withdrawn -> allocation.withdraw(current, request.getApplicationId(),
                    AdmissionRules.seatsOf(record.value().course()));
            default -> throw new IllegalArgumentException("unknown seat request change "
                    + request.getChange().getClass().getName());
        };
        save(courseEventId, current, change.seats());
        Instant now = clock.instant();
        for (SeatAnswer answer : change.answers()) {
            context.forward(record.withKey(answer.holder().applicationId())
                    .withValue(SeatDecisions.of(answer, request, now)));
        }
    }

    private SeatAllocation.Change request(SeatRequestEvent request, SeatRequested requested,
            SeatRequestForCourse joined, CourseEventSeats current) {
        SeatHolder applicant = SeatHolder.of(request, requested);
        return rules.refusal(applicant, joined.course(), requested.getCourseCode())
                .map(refusal -> new SeatAllocation.Change(current, List.of(refusal)))
                .orElseGet(() -> allocation.request(current, applicant, joined.course().getSeats()));
    }

    private void save(String courseEventId, CourseEventSeats before, CourseEventSeats after) {
        if (after.equals(before)) {
            return;
        }
        if (after.isEmpty()) {
            store.delete(courseEventId);
        } else {
            store.put(courseEventId, after);
        }
    }
}
