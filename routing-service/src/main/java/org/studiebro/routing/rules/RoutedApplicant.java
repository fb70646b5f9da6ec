package org.studiebro.routing.rules;

import org.studiebro.events.Applicant;
import org.studiebro.events.IdentityType;
import org.studiebro.events.Language;
import org.studiebro.schemas.PersonalData;

/** The applicant as the routing state keeps it. */
record RoutedApplicant(String nationalId, IdentityType identityType, String givenName, String familyName,
        String email, String phone, Language language, String homeMunicipality) {

    static RoutedApplicant from(Applicant applicant) {
        return new RoutedApplicant(applicant.getNationalId(), applicant.getIdentityType(), applicant.getGivenName(),
                applicant.getFamilyName(), applicant.getEmail(), applicant.getPhone(), applicant.getLanguage(),
                applicant.getHomeMunicipality());
    }

    Applicant toAvro() {
        return Applicant.newBuilder()
                .setNationalId(nationalId)
                .setIdentityType(identityType)
                .setGivenName(givenName)
                .setFamilyName(familyName)
                .setEmail(email)
                .setPhone(phone)
                .setLanguage(language)
                .setHomeMunicipality(homeMunicipality)
                .build();
    }

    /** Personal data stays out of logs and exception messages. */
    @Override
    public String toString() {
        return "RoutedApplicant[" + PersonalData.mask(nationalId) + ", home " + homeMunicipality + "]";
    }
}
