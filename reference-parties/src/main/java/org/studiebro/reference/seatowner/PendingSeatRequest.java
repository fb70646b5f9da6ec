package org.studiebro.reference.seatowner;

import java.time.Instant;

import org.studiebro.events.SeatRequestEvent;
import org.studiebro.events.SeatRequested;
import org.studiebro.reference.web.ApplicantView;

/**
 * A seat request that a manual seat owner has not decided yet: what its officers see and what a decision needs to
 * take a seat or a reserve place. Kept in the course event's task, beside its seats, so that a decision and the
 * seats change together. The applicant is kept by name and masked national id only.
 *
 * @param requestedAt when the routing-service asked (the request's event time)
 * @param requestEventId the request's event id: the cause of the decision
 */
record PendingSeatRequest(String seatOwner, String courseEventId, String courseCode, SeatHolder holder,
        Instant requestedAt, String applicantName, String maskedNationalId, String requestEventId) {

    static PendingSeatRequest of(SeatRequestEvent request, SeatRequested requested) {
        ApplicantView applicant = ApplicantView.of(requested.getApplicant());
        return new PendingSeatRequest(request.getSeatOwner(), request.getCourseEventId(), requested.getCourseCode(),
                SeatHolder.of(request, requested), request.getMetadata().getOccurredAt(), applicant.name(),
                applicant.nationalId(), request.getMetadata().getEventId());
    }

    static String key(String courseEventId, String applicationId) {
        return courseEventId + "/" + applicationId;
    }

    String applicationId() {
        return holder.applicationId();
    }

    /** Whether an officer's decision is about this request. */
    boolean isDecidedBy(ManualSeatDecision decision) {
        return seatOwner.equals(decision.seatOwner()) && holder.choiceRank() == decision.choiceRank();
    }
}
