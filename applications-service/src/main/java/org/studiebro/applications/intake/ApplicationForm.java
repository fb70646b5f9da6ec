package org.studiebro.applications.intake;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The JSON body an upstream form posts to POST /api/v1/applications; unknown properties are refused, "source" among
 * them: the application's source is the form's client id, from its access token.
 */
record ApplicationForm(
        @NotNull(message = "is required") @Valid ApplicantForm applicant,
        @NotNull(message = "is required")
        @Size(min = 1, max = 5, message = "must name 1 to 5 course events")
        List<@NotNull(message = "is required")
             @Pattern(regexp = COURSE_EVENT_ID, message = "must be a course event id (lowercase letters, digits and '-', at most 80)")
             String> choices,
        @Min(value = 1, message = "must be 1 to 5") @Max(value = 5, message = "must be 1 to 5") Integer priorityGroup) {

    static final String COURSE_EVENT_ID = "[a-z0-9][a-z0-9-]{0,79}";
}
