package org.studiebro.reference.municipality;

import java.time.Instant;
import java.util.UUID;

import org.studiebro.events.CostOutcome;

/**
 * An officer's cost decision on a pending request, on its way from the HTTP view to the topology (and the 202
 * answer's body).
 *
 * @param decisionId fresh per decision; the CostDecided event id follows from it, so a decision processed again
 *                   after an aborted transaction carries the same event id
 * @param decidedAt when the officer decided: the CostDecided's time
 */
record ManualCostDecision(String decisionId, String homeMunicipality, String applicationId, String courseEventId,
        int choiceRank, CostOutcome outcome, String reasonCode, String reason, String decidedBy, Instant decidedAt)
        implements MunicipalityInput {

    static ManualCostDecision of(PendingCostRequest asked, CostDecisionForm form, Instant at) {
        CostOutcome outcome = CostOutcome.valueOf(form.outcome());
        return new ManualCostDecision(UUID.randomUUID().toString(), asked.homeMunicipality(), asked.applicationId(),
                asked.courseEventId(), asked.choiceRank(), outcome,
                form.reasonCode() != null ? form.reasonCode() : outcome.name(), form.reason().strip(),
                form.decidedBy().strip(), at);
    }
}
