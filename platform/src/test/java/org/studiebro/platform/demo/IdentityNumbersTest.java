package org.studiebro.platform.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

class IdentityNumbersTest {

    private final SplittableRandom random = new SplittableRandom(42);

    @Test
    void theRulesAcceptThePublishedExamplesAndRefuseAWrongCheckDigit() {
        assertThat(IdentityNumberRules.isValidSwedish("811218-9876", false)).isTrue();
        assertThat(IdentityNumberRules.isValidSwedish("811218-9875", false)).isFalse();
        assertThat(IdentityNumberRules.isValidSwedish("701063-2391", true)).isTrue();
        assertThat(IdentityNumberRules.isValidNorwegian("15038510190")).isTrue();
        assertThat(IdentityNumberRules.isValidNorwegian("15038510191")).isFalse();
        assertThat(IdentityNumberRules.isValidNorwegian("15038510280")).isFalse();
    }

    @Test
    void personnummerHaveTheirLuhnCheckDigit() {
        for (int i = 0; i < 2_000; i++) {
            LocalDate birth = someBirthDate();
            String number = IdentityNumbers.personnummer(birth, random);
            assertThat(IdentityNumberRules.isValidSwedish(number, false)).as(number).isTrue();
            assertThat(number).startsWith(birth.format(DateTimeFormatter.ofPattern("yyMMdd")));
        }
    }

    @Test
    void samordningsnummerAddSixtyToTheDay() {
        for (int i = 0; i < 2_000; i++) {
            String number = IdentityNumbers.samordningsnummer(someBirthDate(), random);
            assertThat(Integer.parseInt(number.substring(4, 6))).isBetween(61, 91);
            assertThat(IdentityNumberRules.isValidSwedish(number, true)).as(number).isTrue();
        }
    }

    @Test
    void fodselsnummerHaveBothMod11CheckDigitsAndTheCenturysIndividualNumbers() {
        for (int i = 0; i < 2_000; i++) {
            LocalDate birth = someBirthDate();
            String number = IdentityNumbers.fodselsnummer(birth, random);
            assertThat(IdentityNumberRules.isValidNorwegian(number)).as(number).isTrue();
            int individual = Integer.parseInt(number.substring(6, 9));
            if (birth.getYear() < 2000) {
                assertThat(individual).as(number).isLessThan(500);
            } else {
                assertThat(individual).as(number).isGreaterThanOrEqualTo(500);
            }
        }
    }

    private LocalDate someBirthDate() {
        return LocalDate.of(1960, 1, 1).plusDays(random.nextInt(17_000));
    }
}
