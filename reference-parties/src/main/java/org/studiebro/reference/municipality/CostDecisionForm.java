package org.studiebro.reference.municipality;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.studiebro.reference.web.FormChecks;
import org.studiebro.plumbing.problem.InvalidField;

/**
 * What an officer of the home municipality sends to decide a pending cost request. The outcome is a string, so that
 * a wrong one is named like any other bad field.
 *
 * @param reasonCode optional; the outcome (APPROVED, REFUSED) when left out
 * @param reason the grounds, in words; for a refusal they go to the learner with how to appeal
 * @param decidedBy the officer who decided, e.g. "handläggare Eva"
 */
record CostDecisionForm(String applicationId, Integer choiceRank, String outcome, String reasonCode, String reason,
        String decidedBy) {

    private static final Set<String> OUTCOMES = Set.of("APPROVED", "REFUSED");

    List<InvalidField> invalidFields() {
        List<InvalidField> errors = new ArrayList<>();
        FormChecks.text(errors, "applicationId", applicationId, 100);
        FormChecks.choiceRank(errors, "choiceRank", choiceRank);
        FormChecks.oneOf(errors, "outcome", outcome, OUTCOMES);
        FormChecks.reasonCode(errors, "reasonCode", reasonCode);
        FormChecks.text(errors, "reason", reason, 1000);
        FormChecks.text(errors, "decidedBy", decidedBy, 200);
        return errors;
    }
}
