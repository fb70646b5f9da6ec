package org.studiebro.applications.intake;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.studiebro.events.Applicant;
import org.studiebro.events.ApplicationSubmitted;
import org.studiebro.events.CourseChoice;
import org.studiebro.events.EventMetadata;
import org.studiebro.events.Language;

/**
 * A valid application in the form that is published and fingerprinted: names and e-mail trimmed and in
 * Unicode NFC, the e-mail's domain in lower case, the phone number without separators, the identity number
 * normalised. Two submissions that differ only in such spelling are the same request.
 */
record NormalisedApplication(
        NationalIdentityNumber nationalId,
        String givenName,
        String familyName,
        String email,
        String phone,
        String language,
        String homeMunicipality,
        List<String> choices,
        Integer priorityGroup,
        String source) {

    NormalisedApplication {
        choices = List.copyOf(choices);
    }

    static NormalisedApplication of(ApplicationForm form, NationalIdentityNumber nationalId, String source) {
        ApplicantForm applicant = form.applicant();
        return new NormalisedApplication(
                nationalId,
                text(applicant.givenName()),
                text(applicant.familyName()),
                email(applicant.email()),
                phone(applicant.phone()),
                applicant.language(),
                applicant.homeMunicipality(),
                form.choices(),
                form.priorityGroup(),
                source);
    }

    ApplicationSubmitted toSubmitted(String applicationId, String idempotencyKey, String fingerprint,
            EventMetadata metadata) {
        List<CourseChoice> ranked = new ArrayList<>(choices.size());
        for (int i = 0; i < choices.size(); i++) {
            ranked.add(CourseChoice.newBuilder().setRank(i + 1).setCourseEventId(choices.get(i)).build());
        }
        return ApplicationSubmitted.newBuilder()
                .setMetadata(metadata)
                .setApplicationId(applicationId)
                .setIdempotencyKey(idempotencyKey)
                .setRequestFingerprint(fingerprint)
                .setApplicant(Applicant.newBuilder()
                        .setNationalId(nationalId.value())
                        .setIdentityType(nationalId.type())
                        .setGivenName(givenName)
                        .setFamilyName(familyName)
                        .setEmail(email)
                        .setPhone(phone)
                        .setLanguage(Language.valueOf(language.toUpperCase(Locale.ROOT)))
                        .setHomeMunicipality(homeMunicipality)
                        .build())
                .setChoices(ranked)
                .setPriorityGroup(priorityGroup)
                .setSource(source)
                .build();
    }

    private static String text(String value) {
        return Normalizer.normalize(value.strip(), Normalizer.Form.NFC);
    }

    private static String email(String value) {
        String email = text(value);
        int at = email.lastIndexOf('@');
        return email.substring(0, at) + email.substring(at).toLowerCase(Locale.ROOT);
    }

    private static String phone(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return value.replaceAll("[ ()-]", "");
    }
}
