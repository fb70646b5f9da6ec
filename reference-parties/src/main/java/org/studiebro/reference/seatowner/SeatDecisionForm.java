package org.studiebro.reference.seatowner;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.studiebro.reference.web.FormChecks;
import org.studiebro.plumbing.problem.InvalidField;

/**
 * What a seat owner's officer sends to decide a pending seat request. The outcome is a string, so that a wrong one
 * is named like any other bad field.
 *
 * @param reservePosition only with RESERVE, optional: the place on the reserve list (1 = first)
 * @param reasonCode optional; the outcome's name when left out
 * @param decidedBy the officer who decided, e.g. "antagningen, Omar"
 */
record SeatDecisionForm(String applicationId, String courseEventId, Integer choiceRank, String outcome,
        Integer reservePosition, String reasonCode, String reason, String decidedBy) {

    private static final Set<String> OUTCOMES = Set.of("ADMITTED", "RESERVE", "NOT_ELIGIBLE", "NOT_ADMITTED",
            "COURSE_CANCELLED");

    List<InvalidField> invalidFields() {
        List<InvalidField> errors = new ArrayList<>();
        FormChecks.text(errors, "applicationId", applicationId, 100);
        FormChecks.text(errors, "courseEventId", courseEventId, 100);
        FormChecks.choiceRank(errors, "choiceRank", choiceRank);
        FormChecks.oneOf(errors, "outcome", outcome, OUTCOMES);
        if (reservePosition != null && !"RESERVE".equals(outcome)) {
            errors.add(new InvalidField("reservePosition", "is only given with outcome RESERVE"));
        } else if (reservePosition != null && reservePosition < 1) {
            errors.add(new InvalidField("reservePosition", "must be 1 or more"));
        }
        FormChecks.reasonCode(errors, "reasonCode", reasonCode);
        FormChecks.text(errors, "reason", reason, 1000);
        FormChecks.text(errors, "decidedBy", decidedBy, 200);
        return errors;
    }
}
