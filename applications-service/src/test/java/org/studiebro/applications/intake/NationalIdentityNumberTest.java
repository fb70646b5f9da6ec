package org.studiebro.applications.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.studiebro.events.IdentityType;

class NationalIdentityNumberTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "811218-9876, 198112189876, SE_PERSONNUMMER, 1981-12-18",
            "8112189876, 198112189876, SE_PERSONNUMMER, 1981-12-18",
            "198112189876, 198112189876, SE_PERSONNUMMER, 1981-12-18",
            "19811218-9876, 198112189876, SE_PERSONNUMMER, 1981-12-18",
            "' 811218-9876 ', 198112189876, SE_PERSONNUMMER, 1981-12-18",
            "701063-2391, 197010632391, SE_SAMORDNINGSNUMMER, 1970-10-03",
            "197010632391, 197010632391, SE_SAMORDNINGSNUMMER, 1970-10-03",
            // '+' from the calendar year of the 100th birthday: the century before.
            "121212+1212, 191212121212, SE_PERSONNUMMER, 1912-12-12",
            "121212-1212, 201212121212, SE_PERSONNUMMER, 2012-12-12",
            "261224+1238, 192612241238, SE_PERSONNUMMER, 1926-12-24",
            "251224-1239, 202512241239, SE_PERSONNUMMER, 2025-12-24",
            "251224+1239, 192512241239, SE_PERSONNUMMER, 1925-12-24",
            "260101-0016, 202601010016, SE_PERSONNUMMER, 2026-01-01",
            "991231-9994, 199912319994, SE_PERSONNUMMER, 1999-12-31",
            "000229-1235, 200002291235, SE_PERSONNUMMER, 2000-02-29",
    })
    void acceptsSwedishNumbers(String text, String normalised, IdentityType type, LocalDate birthDate) {
        NationalIdentityNumber number = NationalIdentityNumber.parse(text, Country.SE, TODAY);

        assertThat(number.value()).isEqualTo(normalised);
        assertThat(number.type()).isEqualTo(type);
        assertThat(number.birthDate()).isEqualTo(birthDate);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
            "811218-9875, check digit does not match",
            "811218-9866, check digit does not match",
            "198112189877, check digit does not match",
            "701063-2392, check digit does not match",
            "811318-9875, does not contain a valid date of birth",
            "811232-9878, does not contain a valid date of birth",
            "701092-2396, does not contain a valid date of birth",
            "990229-1237, does not contain a valid date of birth",
            "000229+1235, does not contain a valid date of birth",
            "261224-1238, date of birth lies in the future",
            "203012121210, date of birth lies in the future",
            "811218*9876, must be a Swedish personnummer",
            "19811218+9876, must be a Swedish personnummer",
            "81121-89876, must be a Swedish personnummer",
            "811218-987, must be a Swedish personnummer",
            "8112189876543, must be a Swedish personnummer",
            "ABCDEF-GHIJ, must be a Swedish personnummer",
            "15038512363, must be a Swedish personnummer",
    })
    void refusesInvalidSwedishNumbers(String text, String reason) {
        assertThatThrownBy(() -> NationalIdentityNumber.parse(text, Country.SE, TODAY))
                .isInstanceOf(InvalidIdentityNumberException.class)
                .hasMessageStartingWith(reason)
                .satisfies(refusal -> assertThat(refusal.getMessage()).doesNotContainPattern("\\d{4}"));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            // Check digits by the rule before 2032 (K1 remainder 0).
            "15038512363, NO_FODSELSNUMMER, 1985-03-15",
            "15038512444, NO_FODSELSNUMMER, 1985-03-15",
            "31129956715, NO_FODSELSNUMMER, 1899-12-31",
            "01010050053, NO_FODSELSNUMMER, 2000-01-01",
            "30108299920, NO_FODSELSNUMMER, 1982-10-30",
            "150385 12363, NO_FODSELSNUMMER, 1985-03-15",
            "150385-12363, NO_FODSELSNUMMER, 1985-03-15",
            "55038512357, NO_D_NUMMER, 1985-03-15",
            "71014149281, NO_D_NUMMER, 1941-01-31",
            "15438512346, NO_H_NUMMER, 1985-03-15",
            // Issued from 2032: K1 remainders 1, 2 and 3 (Skatteetaten's examples among them).
            "30108299939, NO_FODSELSNUMMER, 1982-10-30",
            "30108299947, NO_FODSELSNUMMER, 1982-10-30",
            "30108299955, NO_FODSELSNUMMER, 1982-10-30",
            "15038512371, NO_FODSELSNUMMER, 1985-03-15",
            "71014149036, NO_D_NUMMER, 1941-01-31",
            "15038512398, NO_FODSELSNUMMER, 1985-03-15",
            "55038512381, NO_D_NUMMER, 1985-03-15",
            "15438512370, NO_H_NUMMER, 1985-03-15",
            // The century the individual digits stood for does not fit 29 February; the next one does.
            "29020012399, NO_FODSELSNUMMER, 2000-02-29",
            "29020060040, NO_FODSELSNUMMER, 2000-02-29",
    })
    void acceptsNorwegianNumbers(String text, IdentityType type, LocalDate birthDate) {
        NationalIdentityNumber number = NationalIdentityNumber.parse(text, Country.NO, TODAY);

        assertThat(number.value()).isEqualTo(text.replaceAll("[ -]", ""));
        assertThat(number.type()).isEqualTo(type);
        assertThat(number.birthDate()).isEqualTo(birthDate);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
            "15038512364, check digits do not match",
            "15038512373, check digits do not match",
            "25038512363, check digits do not match",
            // Valid K2, but K1 leaves a remainder of 4, 5, 7 or 10: no rule allows that.
            "15038512487, check digits do not match",
            "15038512495, check digits do not match",
            "15038512401, check digits do not match",
            "15038512436, check digits do not match",
            "32018512318, does not contain a valid date of birth",
            "15138512301, does not contain a valid date of birth",
            "55438512348, does not contain a valid date of birth",
            // Individual digits 500-999 with year 26 stood for 2026, and no later rule makes 24 December past.
            "24122650002, date of birth lies in the future",
            "1503851236, must be a Norwegian",
            "150385123634, must be a Norwegian",
            "150385+12363, must be a Norwegian",
            "811218-9876, must be a Norwegian",
            "abcdefghijk, must be a Norwegian",
    })
    void refusesInvalidNorwegianNumbers(String text, String reason) {
        assertThatThrownBy(() -> NationalIdentityNumber.parse(text, Country.NO, TODAY))
                .isInstanceOf(InvalidIdentityNumberException.class)
                .hasMessageStartingWith(reason);
    }

    @Test
    void individualDigitsNoLongerTellTheCenturyOfNumbersIssuedFrom2032() {
        // 999 with year 32 stood for 2032, still in the future; a number issued from 2032 may belong to someone
        // born in 1932.
        NationalIdentityNumber number = NationalIdentityNumber.parse("02013299903", Country.NO, TODAY);

        assertThat(number.birthDate()).isEqualTo(LocalDate.of(1932, 1, 2));
    }

    @Test
    void aNumberIssuedFrom2032IsValidOnceItsDateHasPassed() {
        NationalIdentityNumber number = NationalIdentityNumber.parse("02013299903", Country.NO, LocalDate.of(2032, 1, 2));

        assertThat(number.birthDate()).isEqualTo(LocalDate.of(2032, 1, 2));
        assertThat(NationalIdentityNumber.parse("02013299997", Country.NO, LocalDate.of(2032, 1, 2)).value())
                .isEqualTo("02013299997");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\t"})
    void refusesBlank(String text) {
        assertThatThrownBy(() -> NationalIdentityNumber.parse(text, Country.SE, TODAY))
                .hasMessage("must not be blank");
        assertThatThrownBy(() -> NationalIdentityNumber.parse(null, Country.NO, TODAY))
                .hasMessage("must not be blank");
    }

    @Test
    void theCenturyOfATenDigitNumberFollowsTheSeparatorAndTheCalendarYear() {
        assertThat(SwedishIdentityNumbers.birthYear(26, false, TODAY)).isEqualTo(2026);
        assertThat(SwedishIdentityNumbers.birthYear(27, false, TODAY)).isEqualTo(1927);
        assertThat(SwedishIdentityNumbers.birthYear(27, true, TODAY)).isEqualTo(1827);
        assertThat(SwedishIdentityNumbers.birthYear(0, false, TODAY)).isEqualTo(2000);
        assertThat(SwedishIdentityNumbers.birthYear(0, true, TODAY)).isEqualTo(1900);
    }

    @Test
    void luhnCheckDigitOfTheDocumentedExamples() {
        assertThat(SwedishIdentityNumbers.luhnCheckDigit("811218987")).isEqualTo(6);
        assertThat(SwedishIdentityNumbers.luhnCheckDigit("701063239")).isEqualTo(1);
    }

    @Test
    void toStringMasksTheNumber() {
        NationalIdentityNumber number = NationalIdentityNumber.parse("811218-9876", Country.SE, TODAY);

        assertThat(number.toString()).contains("19811218-****").doesNotContain("9876");
    }
}
