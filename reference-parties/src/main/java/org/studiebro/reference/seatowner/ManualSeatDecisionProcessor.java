package org.studiebro.reference.seatowner;

import java.util.List;
import java.util.Optional;

import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.studiebro.events.CourseEventPublished;
import org.studiebro.events.SeatDecided;

/**
 * Applies an officer's decision in the task that keeps the seat owner's seats and pending requests (the command
 * topic has one partition, like the request topics: {@link OneSeatOwnerTask}): the decision, the seats it takes
 * and the forgotten request commit in one transaction with the command's offset. A decision that no longer fits
 * (the request was withdrawn or decided meanwhile, the last seat went) changes nothing, and a still pending request
 * stays listed.
 */
final class ManualSeatDecisionProcessor implements Processor<String, ManualSeatDecision, String, SeatDecided> {

    private static final Logger log = LoggerFactory.getLogger(ManualSeatDecisionProcessor.class);

    private final ManualSeatAllocation allocation;
    private final Deserializer<CourseEventPublished> courseEvents;
    private ProcessorContext<String, SeatDecided> context;
    private SeatState state;
    private Catalog catalog;

    ManualSeatDecisionProcessor(ManualSeatAllocation allocation, Deserializer<CourseEventPublished> courseEvents) {
        this.allocation = allocation;
        this.courseEvents = courseEvents;
    }

    @Override
    public void init(ProcessorContext<String, SeatDecided> context) {
        this.context = context;
        this.state = SeatState.of(context);
        this.catalog = Catalog.of(context, courseEvents);
    }

    @Override
    public void process(Record<String, ManualSeatDecision> record) {
        OneSeatOwnerTask.require(context);
        ManualSeatDecision decision = record.value();
        String courseEventId = decision.courseEventId();
        PendingSeatRequest asked = state.pending(courseEventId, decision.applicationId());
        if (asked == null || !asked.isDecidedBy(decision)) {
            log.info("Officer's seat decision {} on application {} changes nothing: the request is no longer pending",
                    decision.decisionId(), decision.applicationId());
            return;
        }
        int seats = AdmissionRules.seatsOf(catalog.courseEvent(courseEventId));
        Optional<List<SeatAnswer>> answers = allocation.decide(state, courseEventId, asked.holder(), decision, seats,
                new ReserveListChange(asked.seatOwner(), asked.requestEventId()));
        if (answers.isEmpty()) {
            log.info("Officer's seat decision {} on application {} changes nothing: course event {} has no free seat",
                    decision.decisionId(), decision.applicationId(), courseEventId);
            return;
        }
        state.forgetPending(courseEventId, decision.applicationId());
        for (SeatAnswer answer : answers.get()) {
            context.forward(record.withKey(answer.holder().applicationId())
                    .withValue(SeatDecisions.byOfficer(answer, asked, decision)));
        }
    }
}
