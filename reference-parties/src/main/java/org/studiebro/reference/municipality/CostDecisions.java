package org.studiebro.reference.municipality;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

import org.studiebro.events.CostDecided;
import org.studiebro.events.CostRequestEvent;
import org.studiebro.events.EventMetadata;
import org.studiebro.schemas.Events;

/** Turns an answer, the rules' or an officer's, into the CostDecided event on the municipality's decision topic. */
final class CostDecisions {

    /** The reference municipality as metadata.producer, and as decidedBy when its rules decide. */
    static final String REFERENCE_MUNICIPALITY = "reference-municipality";

    private CostDecisions() {
    }

    /** The event id follows from the causing request, so a decision made again carries the same id. */
    static CostDecided byRules(CostRequestEvent cause, PendingCostRequest asked, CostRules.CostAnswer answer,
            Instant at) {
        EventMetadata metadata = EventMetadata.newBuilder(Events.derivedMetadata(cause.getMetadata(),
                        "cost-decided/" + cause.getCourseEventId(), REFERENCE_MUNICIPALITY, at))
                .setCorrelationId(asked.correlationId())
                .build();
        return decided(metadata, cause.getApplicationId(), cause.getHomeMunicipality(), cause.getCourseEventId(),
                asked.choiceRank(), answer, REFERENCE_MUNICIPALITY);
    }

    /** The event id follows from the officer's decision id; the cause is the request decided on. */
    static CostDecided byOfficer(PendingCostRequest asked, ManualCostDecision decision) {
        EventMetadata metadata = EventMetadata.newBuilder()
                .setEventId(UUID.nameUUIDFromBytes(("cost-decided/" + decision.decisionId())
                        .getBytes(StandardCharsets.UTF_8)).toString())
                .setOccurredAt(decision.decidedAt())
                .setCorrelationId(asked.correlationId())
                .setCausationId(asked.requestEventId())
                .setProducer(REFERENCE_MUNICIPALITY)
                .build();
        var answer = new CostRules.CostAnswer(decision.outcome(), decision.reasonCode(), decision.reason());
        return decided(metadata, asked.applicationId(), asked.homeMunicipality(), asked.courseEventId(),
                asked.choiceRank(), answer, decision.decidedBy());
    }

    private static CostDecided decided(EventMetadata metadata, String applicationId, String homeMunicipality,
            String courseEventId, int choiceRank, CostRules.CostAnswer answer, String decidedBy) {
        return CostDecided.newBuilder()
                .setMetadata(metadata)
                .setApplicationId(applicationId)
                .setHomeMunicipality(homeMunicipality)
                .setCourseEventId(courseEventId)
                .setChoiceRank(choiceRank)
                .setOutcome(answer.outcome())
                .setReasonCode(answer.reasonCode())
                .setReason(answer.reason())
                .setDecidedBy(decidedBy)
                .build();
    }
}
