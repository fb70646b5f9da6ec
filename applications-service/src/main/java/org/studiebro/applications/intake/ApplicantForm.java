package org.studiebro.applications.intake;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The learner as the form describes them; the identity number is checked against the home municipality's country. */
record ApplicantForm(
        @NotBlank(message = "is required") @Size(max = 20, message = "is too long") String nationalId,
        @NotBlank(message = "is required")
        @Size(max = 100, message = "must be at most 100 characters")
        @Pattern(regexp = NAME, message = "must not contain control characters or < >") String givenName,
        @NotBlank(message = "is required")
        @Size(max = 100, message = "must be at most 100 characters")
        @Pattern(regexp = NAME, message = "must not contain control characters or < >") String familyName,
        @NotBlank(message = "is required")
        @Size(max = 254, message = "must be at most 254 characters")
        @Email(regexp = EMAIL, message = "must be an e-mail address") String email,
        @Pattern(regexp = PHONE, message = "must be a phone number (digits, optionally a leading '+', spaces, '-' and parentheses)")
        String phone,
        @NotNull(message = "is required")
        @Pattern(regexp = "sv|nb|nn|en", message = "must be one of sv, nb, nn, en") String language,
        @NotNull(message = "is required")
        @Pattern(regexp = "(se|no)-\\d{4}", message = "must be a municipality id such as se-1480 or no-4601")
        String homeMunicipality) {

    // Unicode control and format characters, and markup brackets, have no place in a name.
    static final String NAME = "[^\\p{Cc}\\p{Cf}<>]*";
    static final String EMAIL = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+";
    static final String PHONE = "\\+?[0-9][0-9 ()-]{4,24}";
}
