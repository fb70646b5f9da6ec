package org.studiebro.reference.municipality;

import java.time.Clock;

import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.studiebro.events.CostDecided;
import org.studiebro.events.CostDecisionRequested;
import org.studiebro.events.CostRequestEvent;
import org.studiebro.events.CostRequestReminded;
import org.studiebro.events.CostRequestWithdrawn;
import org.studiebro.events.EventMetadata;
import org.studiebro.schemas.Events;

/**
 * Answers cost requests by {@link CostRules}: a request at once (unless the municipality decides manually, then it
 * is kept), a reminder only when its request is still unanswered, a withdrawal never.
 */
final class CostRequestProcessor implements Processor<String, CostRequestEvent, String, CostDecided> {

    static final String DECIDED_BY = "reference-municipality";

    private final MunicipalityProperties properties;
    private final CostRules rules;
    private final Clock clock;
    private ProcessorContext<String, CostDecided> context;
    private KeyValueStore<String, PendingCostRequest> pending;

    CostRequestProcessor(MunicipalityProperties properties, CostRules rules, Clock clock) {
        this.properties = properties;
        this.rules = rules;
        this.clock = clock;
    }

    @Override
    public void init(ProcessorContext<String, CostDecided> context) {
        this.context = context;
        this.pending = context.getStateStore(MunicipalityTopology.PENDING_STORE);
    }

    @Override
    public void process(Record<String, CostRequestEvent> record) {
        CostRequestEvent request = record.value();
        String key = PendingCostRequest.key(request);
        boolean automatic = properties.answersAutomatically(request.getHomeMunicipality());
        switch (request.getChange()) {
            case CostDecisionRequested requested -> {
                PendingCostRequest asked = PendingCostRequest.of(request, requested);
                if (automatic) {
                    forget(key);
                    answer(record, asked);
                } else {
                    pending.put(key, asked);
                }
            }
            case CostRequestReminded reminded -> {
                PendingCostRequest unanswered = pending.get(key);
                if (automatic && unanswered != null) {
                    forget(key);
                    answer(record, unanswered);
                }
            }
            case CostRequestWithdrawn withdrawn -> forget(key);
            default -> throw new IllegalArgumentException("unknown cost request change "
                    + request.getChange().getClass().getName());
        }
    }

    private void forget(String key) {
        if (pending.get(key) != null) {
            pending.delete(key);
        }
    }

    private void answer(Record<String, CostRequestEvent> record, PendingCostRequest asked) {
        CostRequestEvent cause = record.value();
        CostRules.CostAnswer answer = rules.decide(cause.getHomeMunicipality(), asked.courseCode(),
                asked.courseKind());
        EventMetadata metadata = EventMetadata.newBuilder(Events.derivedMetadata(cause.getMetadata(),
                        "cost-decided/" + cause.getCourseEventId(), DECIDED_BY, clock.instant()))
                .setCorrelationId(asked.correlationId())
                .build();
        CostDecided decided = CostDecided.newBuilder()
                .setMetadata(metadata)
                .setApplicationId(cause.getApplicationId())
                .setHomeMunicipality(cause.getHomeMunicipality())
                .setCourseEventId(cause.getCourseEventId())
                .setChoiceRank(asked.choiceRank())
                .setOutcome(answer.outcome())
                .setReasonCode(answer.reasonCode())
                .setReason(answer.reason())
                .setDecidedBy(DECIDED_BY)
                .build();
        context.forward(record.withKey(cause.getApplicationId()).withValue(decided));
    }
}
