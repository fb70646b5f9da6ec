package org.studiebro.applications.withdrawal;

import java.text.Normalizer;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The optional JSON body of a withdrawal: the learner's reason in their own words; unknown properties are refused. */
record WithdrawalForm(
        @Size(max = 500, message = "must be at most 500 characters")
        @Pattern(regexp = NO_CONTROL_OR_MARKUP, message = "must not contain control characters or < >")
        String reason) {

    // Unicode control and format characters, and markup brackets: the reason is shown to officers as text.
    static final String NO_CONTROL_OR_MARKUP = "[^\\p{Cc}\\p{Cf}<>]*";
    static final WithdrawalForm NONE = new WithdrawalForm(null);

    /** The reason as it is published: trimmed and in Unicode NFC; none when blank. */
    String normalisedReason() {
        if (reason == null || reason.isBlank()) {
            return null;
        }
        return Normalizer.normalize(reason.strip(), Normalizer.Form.NFC);
    }
}
