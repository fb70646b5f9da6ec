package org.studiebro.routing.routing;

import java.time.Clock;
import java.time.Instant;

import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.processor.api.RecordMetadata;
import org.apache.kafka.streams.state.KeyValueStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.studiebro.events.ApplicationSubmitted;
import org.studiebro.events.CostDecided;
import org.studiebro.events.SeatDecided;
import org.studiebro.schemas.Topics;

/**
 * Handles every event of an application (submission, seat decisions, cost decisions) in order, on the partition
 * of its application id: loads the routing state, applies {@link ApplicationRouter}, stores the new state and
 * forwards the events it causes.
 */
final class RoutingProcessor implements Processor<String, Object, String, SpecificRecord> {

    private static final Logger LOG = LoggerFactory.getLogger(RoutingProcessor.class);

    private final Clock clock;
    private ProcessorContext<String, SpecificRecord> context;
    private KeyValueStore<String, ApplicationRouting> applications;
    private ApplicationRouter router;

    RoutingProcessor(Clock clock) {
        this.clock = clock;
    }

    @Override
    public void init(ProcessorContext<String, SpecificRecord> context) {
        this.context = context;
        this.applications = context.getStateStore(RoutingTopology.APPLICATIONS_STORE);
        this.router = new ApplicationRouter(new StoreReferences(
                context.getStateStore(RoutingTopology.COURSE_EVENTS_STORE),
                context.getStateStore(RoutingTopology.COOPERATION_AREAS_STORE),
                context.getStateStore(RoutingTopology.MUNICIPALITIES_STORE)), clock);
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
                    : router.onSeatDecided(application, decided, sourceParty());
            case CostDecided decided -> application == null
                    ? RoutingOutcome.unprocessable("no such application")
                    : router.onCostDecided(application, decided, sourceParty());
            default -> RoutingOutcome.unprocessable("unexpected record type " + record.value().getClass().getName());
        };
        if (outcome.isUnprocessable()) {
            throw new UnprocessableRecordException(outcome.unprocessableReason());
        }
        if (!outcome.isChanged()) {
            LOG.debug("Ignored a repeated or late event for application {}", applicationId);
            return;
        }
        applications.put(applicationId, outcome.state());
        for (SpecificRecord event : outcome.events()) {
            // A fresh record: the input's headers are the upstream party's, not ours to pass on.
            context.forward(new Record<>(applicationId, event, record.timestamp()));
        }
    }

    private static String applicationId(Object value) {
        return switch (value) {
            case ApplicationSubmitted submitted -> submitted.getApplicationId();
            case SeatDecided decided -> decided.getApplicationId();
            case CostDecided decided -> decided.getApplicationId();
            case null, default -> null;
        };
    }

    /** The party whose decision topic the record came on: the topic, not the record, says who decided. */
    private String sourceParty() {
        return context.recordMetadata().map(RecordMetadata::topic).map(Topics::partyOf)
                .orElseThrow(() -> new IllegalStateException("a decision without its source topic"));
    }
}
