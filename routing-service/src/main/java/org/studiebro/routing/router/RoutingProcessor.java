package org.studiebro.routing.router;

import java.time.Clock;
import java.time.Instant;

import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.processor.api.RecordMetadata;
import org.apache.kafka.streams.state.KeyValueStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.studiebro.events.ApplicationSubmitted;
import org.studiebro.events.ApplicationWithdrawalRequested;
import org.studiebro.events.CostDecided;
import org.studiebro.events.SeatDecided;
import org.studiebro.plumbing.replay.ReplayHeaderNames;
import org.studiebro.plumbing.replay.ReplayedRecord;
import org.studiebro.routing.rules.ApplicationRouter;
import org.studiebro.routing.rules.ApplicationRouting;
import org.studiebro.routing.rules.RoutingOutcome;
import org.studiebro.schemas.Topics;

/**
 * Handles every event of an application (submission, seat decisions, cost decisions, the learner's withdrawal) in
 * order, on the partition of its application id: loads the routing state, applies {@link ApplicationRouter}, stores
 * the new state and forwards the events it causes. A wall-clock punctuation sends the cost reminders that are due.
 *
 * <p>A replayed dead letter is handled like any record of its type, by the same rules: a replayed submission of an
 * application already known is ignored, a replayed decision that is no longer awaited is ignored, one that still
 * cannot be processed is dead-lettered again. It keeps its original timestamp, by which deadlines are judged.
 */
final class RoutingProcessor implements Processor<String, Object, String, SpecificRecord> {

    private static final Logger LOG = LoggerFactory.getLogger(RoutingProcessor.class);

    private final Clock clock;
    private final RoutingProperties properties;
    private ProcessorContext<String, SpecificRecord> context;
    private KeyValueStore<String, ApplicationRouting> applications;
    private ReminderIndex reminders;
    private ApplicationRouter router;

    RoutingProcessor(Clock clock, RoutingProperties properties) {
        this.clock = clock;
        this.properties = properties;
    }

    @Override
    public void init(ProcessorContext<String, SpecificRecord> context) {
        this.context = context;
        this.applications = context.getStateStore(RoutingTopology.APPLICATIONS_STORE);
        this.reminders = new ReminderIndex(context.getStateStore(RoutingTopology.REMINDERS_STORE));
        this.router = new ApplicationRouter(new StoreReferences(
                context.getStateStore(RoutingTopology.COURSE_EVENTS_STORE),
                context.getStateStore(RoutingTopology.COOPERATION_AREAS_STORE),
                context.getStateStore(RoutingTopology.MUNICIPALITIES_STORE)), clock,
                properties.costReminderAfter());
        // Wall-clock time: a reminder falls due whether or not any record arrives on the task's partitions.
        context.schedule(properties.reminderCheckInterval(), PunctuationType.WALL_CLOCK_TIME, this::remindDue);
    }

    @Override
    public void process(Record<String, Object> record) {
        String applicationId = applicationId(record.value());
        if (applicationId == null || !applicationId.equals(record.key())) {
            throw new UnprocessableRecordException("not an application event keyed by its application id");
        }
        ApplicationRouting application = applications.get(applicationId);
        RoutingOutcome outcome = switch (record.value()) {
            case ApplicationSubmitted submitted -> application != null
                    ? RoutingOutcome.ignored()
                    : router.route(submitted, Instant.ofEpochMilli(record.timestamp()));
            case SeatDecided decided -> application == null
                    ? RoutingOutcome.unprocessable("no such application")
                    : router.onSeatDecided(application, decided, sourceParty(record));
            case CostDecided decided -> application == null
                    ? RoutingOutcome.unprocessable("no such application")
                    : router.onCostDecided(application, decided, sourceParty(record));
            case ApplicationWithdrawalRequested withdrawal -> application == null
                    ? RoutingOutcome.unprocessable("no such application")
                    : router.onWithdrawal(application, withdrawal);
            default -> RoutingOutcome.unprocessable("unexpected record type " + record.value().getClass().getName());
        };
        if (outcome.isUnprocessable()) {
            throw new UnprocessableRecordException(outcome.unprocessableReason());
        }
        apply(application, outcome, record.timestamp());
    }

    /**
     * The reminder check. Its store writes and forwarded records belong to the task's open transaction like those
     * of a record, so under exactly_once_v2 a reminder is published exactly when the state that counts it commits.
     */
    private void remindDue(long timestamp) {
        Instant now = Instant.ofEpochMilli(timestamp);
        for (String applicationId : reminders.dueBy(now, properties.remindersPerCheck())) {
            ApplicationRouting application = applications.get(applicationId);
            apply(application, router.remind(application, now), timestamp);
        }
    }

    private void apply(ApplicationRouting before, RoutingOutcome outcome, long timestamp) {
        if (!outcome.isChanged()) {
            LOG.debug("Ignored a repeated or late event for application {}", before.applicationId());
            return;
        }
        ApplicationRouting after = outcome.state();
        applications.put(after.applicationId(), after);
        reminders.update(before, after);
        for (SpecificRecord event : outcome.events()) {
            // A fresh record: the input's headers are the upstream party's, not ours to pass on.
            context.forward(new Record<>(after.applicationId(), event, timestamp));
        }
    }

    private static String applicationId(Object value) {
        return switch (value) {
            case ApplicationSubmitted submitted -> submitted.getApplicationId();
            case SeatDecided decided -> decided.getApplicationId();
            case CostDecided decided -> decided.getApplicationId();
            case ApplicationWithdrawalRequested withdrawal -> withdrawal.getApplicationId();
            case null, default -> null;
        };
    }

    /**
     * The party that decided. On a party's own decision topic the topic, not the record, says who decided; the party
     * edge checks every decision it brings onto the hot path's topics against the topic it came on, so there the
     * record's party is the topic's. A replayed record came first on the topic its replay names
     * ({@link ReplayedRecord#arrivedOn}).
     */
    private String sourceParty(Record<String, Object> record) {
        String topic = context.recordMetadata().map(RecordMetadata::topic)
                .orElseThrow(() -> new IllegalStateException("a decision without its source topic"));
        String arrivedOn = ReplayedRecord.arrivedOn(topic, record.headers()).orElseThrow(() ->
                new UnprocessableRecordException("a replayed decision without its "
                        + ReplayHeaderNames.ORIGINAL_TOPIC + " header"));
        if (Topics.isPartyTopic(arrivedOn)) {
            return Topics.partyOf(arrivedOn);
        }
        return switch (record.value()) {
            case SeatDecided decided -> decided.getSeatOwner();
            case CostDecided decided -> decided.getHomeMunicipality();
            default -> throw new UnprocessableRecordException("not a decision: " + record.value().getClass().getName());
        };
    }
}
