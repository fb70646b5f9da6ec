package org.studiebro.applications.status;

import java.time.Instant;
import java.util.List;

import org.studiebro.schemas.PersonalData;

/**
 * What GET /api/v1/applications/{id} shows the learner: where the application and each choice stand, and
 * every change with who decided and why. The view keeps the whole identity number, which decides whether a
 * signed-in learner is the applicant; the answer shows it masked.
 * <p>
 * The view keeps it without texts; {@link StatusInWords} adds them per request in the reader's language
 * ({@code textLanguage}), so the text fields are null only inside the view.
 */
record ApplicationStatus(
        String applicationId,
        String status,
        String text,
        String textLanguage,
        Instant submittedAt,
        Instant updatedAt,
        Learner applicant,
        List<Choice> choices,
        List<Change> history) {

    ApplicationStatus {
        choices = List.copyOf(choices);
        history = List.copyOf(history);
    }

    /** As the view keeps it: without texts. */
    ApplicationStatus(String applicationId, String status, Instant submittedAt, Instant updatedAt, Learner applicant,
            List<Choice> choices, List<Change> history) {
        this(applicationId, status, null, null, submittedAt, updatedAt, applicant, choices, history);
    }

    ApplicationStatus inWords(String textLanguage, String text, List<Choice> choices, List<Change> history) {
        return new ApplicationStatus(applicationId, status, text, textLanguage, submittedAt, updatedAt,
                applicant.masked(), choices, history);
    }

    record Learner(String givenName, String familyName, String nationalId, String language, String homeMunicipality) {

        /** As an answer shows the learner: the identity number masked. */
        Learner masked() {
            return new Learner(givenName, familyName, PersonalData.mask(nationalId), language, homeMunicipality);
        }
    }

    record Choice(int rank, String courseEventId, String courseCode, String courseName, String seatOwner,
            String state, String text, String costDecision, String costDecisionText, Integer reservePosition,
            String authority, String authorityText, String decidedBy, String reason, Instant changedAt,
            Appeal appeal) {

        /** As the view keeps it: without texts. */
        Choice(int rank, String courseEventId, String courseCode, String courseName, String seatOwner, String state,
                String costDecision, Integer reservePosition, String authority, String decidedBy, String reason,
                Instant changedAt) {
            this(rank, courseEventId, courseCode, courseName, seatOwner, state, null, costDecision, null,
                    reservePosition, authority, null, decidedBy, reason, changedAt, null);
        }

        Choice inWords(String text, String costDecisionText, String authorityText, Appeal appeal) {
            return new Choice(rank, courseEventId, courseCode, courseName, seatOwner, state, text, costDecision,
                    costDecisionText, reservePosition, authority, authorityText, decidedBy, reason, changedAt, appeal);
        }
    }

    record Change(int version, Instant at, String status, Integer choiceRank, String authority, String authorityText,
            String decidedBy, String reasonCode, String reason, String text) {

        /** As the view keeps it: without texts. */
        Change(int version, Instant at, String status, Integer choiceRank, String authority, String decidedBy,
                String reasonCode, String reason) {
            this(version, at, status, choiceRank, authority, null, decidedBy, reasonCode, reason, null);
        }

        Change inWords(String authorityText, String text) {
            return new Change(version, at, status, choiceRank, authority, authorityText, decidedBy, reasonCode, reason,
                    text);
        }
    }

    /** How to appeal a refused cost decision: to whom, by when, and the whole of it in a sentence or three. */
    record Appeal(String body, String deadline, String text) {
    }
}
