package org.studiebro.reference.seatowner;

import java.util.Optional;

import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.studiebro.events.SeatDecided;

/**
 * Applies an officer's decision to the course event it is about (the record key, after repartitioning), in the task
 * that keeps the course event's seats and pending requests: the decision, the seats it takes or frees and the
 * forgotten request commit in one transaction with the command's offset. A decision that no longer fits (the request
 * was withdrawn or decided meanwhile, the last seat went) changes nothing, and a still pending request stays listed.
 */
final class ManualSeatDecisionProcessor implements Processor<String, ManualSeatDecisionForCourse, String, SeatDecided> {

    private static final Logger log = LoggerFactory.getLogger(ManualSeatDecisionProcessor.class);

    private final ManualSeatAllocation allocation;
    private ProcessorContext<String, SeatDecided> context;
    private SeatState state;

    ManualSeatDecisionProcessor(ManualSeatAllocation allocation) {
        this.allocation = allocation;
    }

    @Override
    public void init(ProcessorContext<String, SeatDecided> context) {
        this.context = context;
        this.state = new SeatState(context);
    }

    @Override
    public void process(Record<String, ManualSeatDecisionForCourse> record) {
        String courseEventId = record.key();
        ManualSeatDecision decision = record.value().decision();
        PendingSeatRequest asked = state.pending(courseEventId, decision.applicationId());
        if (asked == null || !asked.isDecidedBy(decision)) {
            log.info("Officer's seat decision {} on application {} changes nothing: the request is no longer pending",
                    decision.decisionId(), decision.applicationId());
            return;
        }
        CourseEventSeats current = state.seats(courseEventId);
        Optional<SeatAllocation.Change> change = allocation.decide(current, asked.holder(), decision,
                AdmissionRules.seatsOf(record.value().course()));
        if (change.isEmpty()) {
            log.info("Officer's seat decision {} on application {} changes nothing: course event {} has no free seat",
                    decision.decisionId(), decision.applicationId(), courseEventId);
            return;
        }
        state.forgetPending(courseEventId, decision.applicationId());
        state.save(courseEventId, current, change.get().seats());
        for (SeatAnswer answer : change.get().answers()) {
            context.forward(record.withKey(answer.holder().applicationId())
                    .withValue(SeatDecisions.byOfficer(answer, asked, decision)));
        }
    }
}
