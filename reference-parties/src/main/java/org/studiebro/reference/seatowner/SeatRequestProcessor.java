package org.studiebro.reference.seatowner;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.studiebro.events.SeatDecided;
import org.studiebro.events.SeatRequestEvent;
import org.studiebro.events.SeatRequestWithdrawn;
import org.studiebro.events.SeatRequested;
import org.studiebro.reference.streams.ProcessedRequests;

/**
 * Decides the seat requests of one course event (the record key, after repartitioning) against its seats in the
 * catalog, keeping the admitted applications and the reserve list in a state store. A manual seat owner's new
 * requests are kept undecided instead, for its officers. Emits the decisions keyed by application id. A request
 * event it has processed before (delivered again by a replay) changes nothing.
 */
final class SeatRequestProcessor implements Processor<String, SeatRequestForCourse, String, SeatDecided> {

    private final SeatOwnerProperties properties;
    private final AdmissionRules rules;
    private final SeatAllocation allocation;
    private final Clock clock;
    private ProcessorContext<String, SeatDecided> context;
    private SeatState state;
    private ProcessedRequests processed;

    SeatRequestProcessor(SeatOwnerProperties properties, AdmissionRules rules, SeatAllocation allocation,
            Clock clock) {
        this.properties = properties;
        this.rules = rules;
        this.allocation = allocation;
        this.clock = clock;
    }

    @Override
    public void init(ProcessorContext<String, SeatDecided> context) {
        this.context = context;
        this.state = new SeatState(context);
        this.processed = new ProcessedRequests(context, SeatOwnerTopology.PROCESSED_STORE);
    }

    @Override
    public void process(Record<String, SeatRequestForCourse> record) {
        String courseEventId = record.key();
        SeatRequestEvent request = record.value().request();
        if (!processed.firstTime(request.getMetadata().getEventId(), record.timestamp())) {
            return;
        }
        CourseEventSeats current = state.seats(courseEventId);
        SeatAllocation.Change change = switch (request.getChange()) {
            case SeatRequested requested -> request(request, requested, record.value(), current);
            case SeatRequestWithdrawn withdrawn -> {
                state.forgetPending(courseEventId, request.getApplicationId());
                yield allocation.withdraw(current, request.getApplicationId(),
                        AdmissionRules.seatsOf(record.value().course()));
            }
            default -> throw new IllegalArgumentException("unknown seat request change "
                    + request.getChange().getClass().getName());
        };
        state.save(courseEventId, current, change.seats());
        Instant now = clock.instant();
        for (SeatAnswer answer : change.answers()) {
            context.forward(record.withKey(answer.holder().applicationId())
                    .withValue(SeatDecisions.of(answer, request, now)));
        }
    }

    /** A request the seat owner already holds is answered again, as the rules do, even for a manual owner. */
    private SeatAllocation.Change request(SeatRequestEvent request, SeatRequested requested,
            SeatRequestForCourse joined, CourseEventSeats current) {
        if (properties.decidesManually(request.getSeatOwner()) && !current.holds(request.getApplicationId())) {
            state.keepPending(PendingSeatRequest.of(request, requested));
            return new SeatAllocation.Change(current, List.of());
        }
        SeatHolder applicant = SeatHolder.of(request, requested);
        return rules.refusal(applicant, joined.course(), requested.getCourseCode())
                .map(refusal -> new SeatAllocation.Change(current, List.of(refusal)))
                .orElseGet(() -> allocation.request(current, applicant, joined.course().getSeats()));
    }
}
