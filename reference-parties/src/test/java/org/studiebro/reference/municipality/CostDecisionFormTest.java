package org.studiebro.reference.municipality;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.studiebro.plumbing.problem.InvalidField;

class CostDecisionFormTest {

    @Test
    void aCompleteDecisionIsValid() {
        assertThat(new CostDecisionForm("app-1", 1, "REFUSED", "COURSE_OFFERED_AT_HOME",
                "Kursen finns i Uppsala", "handläggare Eva").invalidFields()).isEmpty();
    }

    @Test
    void namesEveryBadField() {
        CostDecisionForm form = new CostDecisionForm(null, 0, "YES", "", " ", "x".repeat(201));

        assertThat(form.invalidFields()).extracting(InvalidField::field).containsExactlyInAnyOrder(
                "applicationId", "choiceRank", "outcome", "reasonCode", "reason", "decidedBy");
    }
}
