package org.studiebro.reference.municipality;

import java.time.Clock;

import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.studiebro.events.CostDecided;
import org.studiebro.events.CostDecisionRequested;
import org.studiebro.events.CostRequestEvent;
import org.studiebro.events.CostRequestReminded;
import org.studiebro.events.CostRequestWithdrawn;
import org.studiebro.reference.streams.ProcessedRequests;

/**
 * Answers cost requests by {@link CostRules}: a request at once (unless the municipality decides manually, then it
 * is kept), a reminder only when its request is still unanswered, a withdrawal never. An officer's decision answers
 * a kept request; the decision, forgetting the request and the input's offset commit in one transaction. A request
 * event it has processed before (delivered again by a replay) changes nothing.
 */
final class CostRequestProcessor implements Processor<String, MunicipalityInput, String, CostDecided> {

    private static final Logger log = LoggerFactory.getLogger(CostRequestProcessor.class);

    private final MunicipalityProperties properties;
    private final CostRules rules;
    private final Clock clock;
    private ProcessorContext<String, CostDecided> context;
    private KeyValueStore<String, PendingCostRequest> pending;
    private ProcessedRequests processed;

    CostRequestProcessor(MunicipalityProperties properties, CostRules rules, Clock clock) {
        this.properties = properties;
        this.rules = rules;
        this.clock = clock;
    }

    @Override
    public void init(ProcessorContext<String, CostDecided> context) {
        this.context = context;
        this.pending = context.getStateStore(MunicipalityTopology.PENDING_STORE);
        this.processed = new ProcessedRequests(context, MunicipalityTopology.PROCESSED_STORE);
    }

    @Override
    public void process(Record<String, MunicipalityInput> record) {
        switch (record.value()) {
            case MunicipalityInput.Asked asked -> onRequest(record, asked.request());
            case ManualCostDecision decision -> onOfficersDecision(record, decision);
        }
    }

    private void onRequest(Record<String, MunicipalityInput> record, CostRequestEvent request) {
        if (!processed.firstTime(request.getMetadata().getEventId(), record.timestamp())) {
            return;
        }
        String key = PendingCostRequest.key(request);
        boolean automatic = properties.answersAutomatically(request.getHomeMunicipality());
        switch (request.getChange()) {
            case CostDecisionRequested requested -> {
                PendingCostRequest asked = PendingCostRequest.of(request, requested);
                if (automatic) {
                    forget(key);
                    answer(record, request, asked);
                } else {
                    pending.put(key, asked);
                }
            }
            case CostRequestReminded reminded -> {
                PendingCostRequest unanswered = pending.get(key);
                if (automatic && unanswered != null) {
                    forget(key);
                    answer(record, request, unanswered);
                }
            }
            case CostRequestWithdrawn withdrawn -> forget(key);
            default -> throw new IllegalArgumentException("unknown cost request change "
                    + request.getChange().getClass().getName());
        }
    }

    /** Only a request still pending is decided: it may have been withdrawn or decided since the officer looked. */
    private void onOfficersDecision(Record<String, MunicipalityInput> record, ManualCostDecision decision) {
        String key = PendingCostRequest.key(decision.applicationId(), decision.courseEventId());
        PendingCostRequest asked = pending.get(key);
        if (asked == null || !asked.isDecidedBy(decision)) {
            log.info("Officer's cost decision {} on application {} changes nothing: the request is no longer pending",
                    decision.decisionId(), decision.applicationId());
            return;
        }
        pending.delete(key);
        context.forward(record.withKey(asked.applicationId()).withValue(CostDecisions.byOfficer(asked, decision)));
    }

    private void forget(String key) {
        if (pending.get(key) != null) {
            pending.delete(key);
        }
    }

    private void answer(Record<String, MunicipalityInput> record, CostRequestEvent cause, PendingCostRequest asked) {
        CostRules.CostAnswer answer = rules.decide(cause.getHomeMunicipality(), asked.courseCode(),
                asked.courseKind());
        context.forward(record.withKey(cause.getApplicationId())
                .withValue(CostDecisions.byRules(cause, asked, answer, clock.instant())));
    }
}
