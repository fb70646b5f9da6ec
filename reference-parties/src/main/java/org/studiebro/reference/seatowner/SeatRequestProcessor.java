package org.studiebro.reference.seatowner;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.studiebro.events.CourseEventPublished;
import org.studiebro.events.SeatDecided;
import org.studiebro.events.SeatRequestEvent;
import org.studiebro.events.SeatRequestWithdrawn;
import org.studiebro.events.SeatRequested;
import org.studiebro.reference.streams.ProcessedRequests;

/**
 * Decides the seat requests of every course event of the seat owner against its seats in the catalog, keeping the
 * holders in {@link SeatState}. A manual seat owner's new requests are kept undecided instead, for its officers.
 * Emits the decisions keyed by application id. A request event it has processed before (delivered again by a
 * replay) changes nothing. Schedules the reserve-position updates ({@link ReservePositionPunctuator}).
 */
final class SeatRequestProcessor implements Processor<String, SeatRequestEvent, String, SeatDecided> {

    private final SeatOwnerProperties properties;
    private final AdmissionRules rules;
    private final SeatAllocation allocation;
    private final Deserializer<CourseEventPublished> courseEvents;
    private final Clock clock;
    private ProcessorContext<String, SeatDecided> context;
    private SeatState state;
    private Catalog catalog;
    private ProcessedRequests processed;

    SeatRequestProcessor(SeatOwnerProperties properties, AdmissionRules rules, SeatAllocation allocation,
            Deserializer<CourseEventPublished> courseEvents, Clock clock) {
        this.properties = properties;
        this.rules = rules;
        this.allocation = allocation;
        this.courseEvents = courseEvents;
        this.clock = clock;
    }

    @Override
    public void init(ProcessorContext<String, SeatDecided> context) {
        this.context = context;
        this.state = SeatState.of(context);
        this.catalog = Catalog.of(context, courseEvents);
        this.processed = new ProcessedRequests(context, SeatOwnerTopology.PROCESSED_STORE);
        // Punctuations run in the task's exactly-once transaction, like the processing of a record.
        context.schedule(properties.reserveUpdateInterval(), PunctuationType.WALL_CLOCK_TIME,
                new ReservePositionPunctuator(state, context, clock));
    }

    @Override
    public void process(Record<String, SeatRequestEvent> record) {
        OneSeatOwnerTask.require(context);
        SeatRequestEvent request = record.value();
        String courseEventId = request.getCourseEventId();
        // Read before the request counts as processed: an unreadable catalog record dead-letters the request, and
        // its replay, once the catalog is fixed, must still be decided.
        CourseEventPublished course = catalog.courseEvent(courseEventId);
        if (!processed.firstTime(request.getMetadata().getEventId(), record.timestamp())) {
            return;
        }
        var cause = new ReserveListChange(request.getSeatOwner(), request.getMetadata().getEventId());
        List<SeatAnswer> answers = switch (request.getChange()) {
            case SeatRequested requested -> request(request, requested, course, cause);
            case SeatRequestWithdrawn withdrawn -> {
                state.forgetPending(courseEventId, request.getApplicationId());
                yield allocation.withdraw(state, courseEventId, request.getApplicationId(),
                        AdmissionRules.seatsOf(course), cause);
            }
            default -> throw new IllegalArgumentException("unknown seat request change "
                    + request.getChange().getClass().getName());
        };
        Instant now = clock.instant();
        for (SeatAnswer answer : answers) {
            context.forward(record.withKey(answer.holder().applicationId())
                    .withValue(SeatDecisions.of(answer, request, now)));
        }
    }

    /** A request the seat owner already holds is answered again, as the rules do, even for a manual owner. */
    private List<SeatAnswer> request(SeatRequestEvent request, SeatRequested requested, CourseEventPublished course,
            ReserveListChange cause) {
        String courseEventId = request.getCourseEventId();
        if (properties.decidesManually(request.getSeatOwner())
                && state.held(courseEventId, request.getApplicationId()) == null) {
            state.keepPending(PendingSeatRequest.of(request, requested));
            return List.of();
        }
        SeatHolder applicant = SeatHolder.of(request, requested);
        return rules.refusal(applicant, course, requested.getCourseCode())
                .map(List::of)
                .orElseGet(() -> allocation.request(state, courseEventId, applicant, course.getSeats(), cause));
    }
}
