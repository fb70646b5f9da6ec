package org.studiebro.reference.municipality;

import java.time.Instant;

import org.studiebro.events.CostDecisionRequested;
import org.studiebro.events.CostRequestEvent;
import org.studiebro.events.CourseKind;
import org.studiebro.reference.web.ApplicantView;

/**
 * A cost request not answered yet (manual municipality): what its officers see and decide on, and what a reminder
 * needs to be answered once the municipality answers automatically. Answered requests are not kept. The applicant
 * is kept by name and masked national id only: the full number is not needed to decide, so it is not stored.
 *
 * @param requestedAt when the routing-service asked (the request's event time)
 * @param requestEventId the request's event id: the cause of the decision
 */
record PendingCostRequest(String applicationId, String homeMunicipality, String courseEventId, int choiceRank,
        String courseCode, String courseName, CourseKind courseKind, Instant requestedAt, String applicantName,
        String maskedNationalId, String requestEventId, String correlationId) {

    static PendingCostRequest of(CostRequestEvent request, CostDecisionRequested requested) {
        ApplicantView applicant = ApplicantView.of(requested.getApplicant());
        return new PendingCostRequest(request.getApplicationId(), request.getHomeMunicipality(),
                request.getCourseEventId(), request.getChoiceRank(), requested.getCourseCode(),
                requested.getCourseName(), requested.getCourseKind(), request.getMetadata().getOccurredAt(),
                applicant.name(), applicant.nationalId(), request.getMetadata().getEventId(),
                request.getMetadata().getCorrelationId());
    }

    /** Store key: one application may ask its home municipality about several course events. */
    static String key(CostRequestEvent request) {
        return key(request.getApplicationId(), request.getCourseEventId());
    }

    static String key(String applicationId, String courseEventId) {
        return applicationId + "/" + courseEventId;
    }

    /** Whether an officer's decision is about this request. */
    boolean isDecidedBy(ManualCostDecision decision) {
        return homeMunicipality.equals(decision.homeMunicipality()) && choiceRank == decision.choiceRank();
    }
}
