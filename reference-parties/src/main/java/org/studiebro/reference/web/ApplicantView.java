package org.studiebro.reference.web;

import org.studiebro.events.Applicant;
import org.studiebro.schemas.PersonalData;

/**
 * The applicant as an officer's list shows them: the name and the masked national id, never the full number,
 * which is personal data an operator view must not show.
 */
public record ApplicantView(String name, String nationalId) {

    public static ApplicantView of(Applicant applicant) {
        return new ApplicantView(applicant.getGivenName() + " " + applicant.getFamilyName(),
                PersonalData.mask(applicant.getNationalId()));
    }
}
