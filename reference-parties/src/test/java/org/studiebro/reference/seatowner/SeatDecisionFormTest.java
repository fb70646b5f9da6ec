package org.studiebro.reference.seatowner;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.studiebro.plumbing.problem.InvalidField;

class SeatDecisionFormTest {

    @Test
    void aCompleteDecisionIsValid() {
        assertThat(new SeatDecisionForm("app-1", "event-1", 2, "RESERVE", 3, null, "Fullt", "antagningen, Omar")
                .invalidFields()).isEmpty();
    }

    @Test
    void namesEveryBadField() {
        SeatDecisionForm form = new SeatDecisionForm(" ", null, 6, "MAYBE", null, "lower-case", "", null);

        assertThat(form.invalidFields()).extracting(InvalidField::field).containsExactlyInAnyOrder(
                "applicationId", "courseEventId", "choiceRank", "outcome", "reasonCode", "reason", "decidedBy");
    }

    @Test
    void aReservePositionBelongsToAReserveOnly() {
        assertThat(new SeatDecisionForm("app-1", "event-1", 1, "ADMITTED", 1, null, "Antagen", "Omar")
                .invalidFields()).extracting(InvalidField::field).containsExactly("reservePosition");
        assertThat(new SeatDecisionForm("app-1", "event-1", 1, "RESERVE", 0, null, "Fullt", "Omar")
                .invalidFields()).extracting(InvalidField::field).containsExactly("reservePosition");
    }

    @Test
    void anUnknownOutcomeIsNotAnOfficersOutcome() {
        assertThat(new SeatDecisionForm("app-1", "event-1", 1, "UNKNOWN", null, null, "?", "Omar")
                .invalidFields()).extracting(InvalidField::field).containsExactly("outcome");
    }
}
