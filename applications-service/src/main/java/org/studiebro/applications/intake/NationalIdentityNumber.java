package org.studiebro.applications.intake;

import java.time.LocalDate;

import org.studiebro.events.IdentityType;
import org.studiebro.schemas.PersonalData;

/**
 * A checked national identity number in the form the Applicant contract wants: Swedish numbers as 12 digits
 * YYYYMMDDNNNC, Norwegian ones as their 11 digits. Which rules apply follows from the home municipality's
 * country. toString masks the number, so it cannot reach a log by accident.
 *
 * @param value     the normalised number
 * @param type      personnummer, samordningsnummer, fødselsnummer, D-nummer or H-nummer
 * @param birthDate the date of birth the number encodes (day and month corrected for the number's type)
 */
record NationalIdentityNumber(String value, IdentityType type, LocalDate birthDate) {

    /**
     * Checks and normalises {@code text}.
     *
     * @param today the date that decides the century of a 10-digit Swedish number and what lies in the future
     * @throws InvalidIdentityNumberException with a reason that does not repeat the number
     */
    static NationalIdentityNumber parse(String text, Country country, LocalDate today) {
        if (text == null || text.isBlank()) {
            throw new InvalidIdentityNumberException("must not be blank");
        }
        return switch (country) {
            case SE -> SwedishIdentityNumbers.parse(text.strip(), today);
            case NO -> NorwegianIdentityNumbers.parse(text.strip(), today);
        };
    }

    @Override
    public String toString() {
        return "NationalIdentityNumber[" + PersonalData.mask(value) + ", " + type + "]";
    }
}
