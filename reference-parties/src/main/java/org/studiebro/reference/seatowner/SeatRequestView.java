package org.studiebro.reference.seatowner;

import java.time.Instant;

import org.studiebro.reference.web.ApplicantView;

/**
 * A pending seat request as the seat owner's officers see it.
 *
 * @param priorityGroup 1 (greatest need) to 5, or null when unknown
 * @param submittedAt when the learner applied; with the priority group, what selection goes by
 */
record SeatRequestView(String applicationId, String courseEventId, int choiceRank, String courseCode,
        Integer priorityGroup, Instant submittedAt, Instant requestedAt, ApplicantView applicant) {

    static SeatRequestView of(PendingSeatRequest pending) {
        SeatHolder holder = pending.holder();
        return new SeatRequestView(holder.applicationId(), pending.courseEventId(), holder.choiceRank(),
                pending.courseCode(), holder.priorityGroup(), Instant.ofEpochMilli(holder.submittedAt()),
                pending.requestedAt(), new ApplicantView(pending.applicantName(), pending.maskedNationalId()));
    }
}
