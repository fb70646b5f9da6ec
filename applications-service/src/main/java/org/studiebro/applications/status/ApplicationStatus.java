package org.studiebro.applications.status;

import java.time.Instant;
import java.util.List;

/**
 * What GET /api/v1/applications/{id} shows the learner: where the application and each choice stand, and
 * every change with who decided and why. The identity number is masked.
 */
record ApplicationStatus(
        String applicationId,
        String status,
        Instant submittedAt,
        Instant updatedAt,
        Learner applicant,
        List<Choice> choices,
        List<Change> history) {

    ApplicationStatus {
        choices = List.copyOf(choices);
        history = List.copyOf(history);
    }

    record Learner(String givenName, String familyName, String nationalId, String language, String homeMunicipality) {
    }

    record Choice(int rank, String courseEventId, String courseCode, String courseName, String seatOwner,
            String state, String costDecision, Integer reservePosition, String authority, String decidedBy,
            String reason, Instant changedAt) {
    }

    record Change(int version, Instant at, String status, Integer choiceRank, String authority, String decidedBy,
            String reasonCode, String reason) {
    }
}
