package org.studiebro.reference.seatowner;

import java.time.Instant;
import java.util.UUID;

import org.studiebro.events.SeatOutcome;

/**
 * An officer's admission decision on a pending seat request, on its way from the HTTP view to the topology (and the
 * 202 answer's body).
 *
 * @param decisionId fresh per decision; the SeatDecided event ids follow from it, so a decision processed again
 *                   after an aborted transaction carries the same ids
 * @param reservePosition for RESERVE: the place on the reserve list the officer gives; null ranks the applicant by
 *                        priority group and time, as the reference rules do
 * @param decidedAt when the officer decided: the SeatDecided's time
 */
record ManualSeatDecision(String decisionId, String seatOwner, String applicationId, String courseEventId,
        int choiceRank, SeatOutcome outcome, Integer reservePosition, String reasonCode, String reason,
        String decidedBy, Instant decidedAt) {

    static ManualSeatDecision of(PendingSeatRequest asked, SeatDecisionForm form, Instant at) {
        SeatOutcome outcome = SeatOutcome.valueOf(form.outcome());
        return new ManualSeatDecision(UUID.randomUUID().toString(), asked.seatOwner(), asked.applicationId(),
                asked.courseEventId(), asked.holder().choiceRank(), outcome, form.reservePosition(),
                form.reasonCode() != null ? form.reasonCode() : outcome.name(), form.reason().strip(),
                form.decidedBy().strip(), at);
    }
}
