package org.studiebro.platform.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/**
 * Checks the generated numbers with check code written independently of the generator: the textbook Luhn check
 * (double every second digit from the right, the sum must end in 0) and Skatteetaten's mod-11 rule as "the weighted
 * sum including the check digit is divisible by 11".
 */
class IdentityNumbersTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    private static final int SAMPLES = 2_000;

    @Test
    void personnummerPassTheLuhnCheckAndCarryTheBirthDate() {
        SplittableRandom random = new SplittableRandom(1);
        for (int i = 0; i < SAMPLES; i++) {
            LocalDate birth = birth(random);
            String number = IdentityNumbers.personnummer(birth, TODAY, random);
            assertThat(number).matches("\\d{6}[-+]\\d{4}");
            assertThat(number.charAt(6)).isEqualTo(TODAY.getYear() - birth.getYear() >= 100 ? '+' : '-');
            assertThat(luhnValid(number.replaceAll("[-+]", ""))).as(number).isTrue();
            assertThat(number.substring(0, 6)).isEqualTo(birth.format(DateTimeFormatter.ofPattern("yyMMdd")));
        }
    }

    @Test
    void samordningsnummerHaveSixtyAddedToTheDay() {
        SplittableRandom random = new SplittableRandom(2);
        for (int i = 0; i < SAMPLES; i++) {
            LocalDate birth = birth(random);
            String number = IdentityNumbers.samordningsnummer(birth, TODAY, random);
            assertThat(luhnValid(number.replaceAll("[-+]", ""))).as(number).isTrue();
            assertThat(Integer.parseInt(number.substring(4, 6))).isEqualTo(birth.getDayOfMonth() + 60);
        }
    }

    @Test
    void fromTheYearOfTheirHundredthBirthdayPeopleGetAPlus() {
        String turnsHundredInDecember = IdentityNumbers.personnummer(LocalDate.of(1926, 12, 30), TODAY,
                new SplittableRandom(3));
        assertThat(turnsHundredInDecember).matches("261230\\+\\d{4}");
        assertThat(luhnValid(turnsHundredInDecember.replace("+", ""))).isTrue();
        assertThat(IdentityNumbers.personnummer(LocalDate.of(1927, 1, 1), TODAY, new SplittableRandom(3)))
                .matches("270101-\\d{4}");
    }

    @Test
    void theArchitecturesExamplesHaveTheirCheckDigits() {
        assertThat(IdentityNumbers.luhn("811218987")).isEqualTo(6);
        assertThat(IdentityNumbers.luhn("701063239")).isEqualTo(1);
    }

    @Test
    void fodselsnummerPassBothMod11ChecksWithTheCenturysIndividualNumbers() {
        SplittableRandom random = new SplittableRandom(4);
        for (int i = 0; i < SAMPLES; i++) {
            LocalDate birth = birth(random);
            String number = IdentityNumbers.fodselsnummer(birth, random);
            assertThat(number).matches("\\d{11}");
            assertThat(mod11Valid(number)).as(number).isTrue();
            assertThat(number.substring(0, 6)).isEqualTo(birth.format(DateTimeFormatter.ofPattern("ddMMyy")));
            int individual = Integer.parseInt(number.substring(6, 9));
            assertThat(individual).isBetween(birth.getYear() < 2000 ? 0 : 500, birth.getYear() < 2000 ? 499 : 999);
        }
    }

    @Test
    void dNummerHaveFortyAddedToTheDay() {
        SplittableRandom random = new SplittableRandom(5);
        for (int i = 0; i < SAMPLES; i++) {
            LocalDate birth = birth(random);
            String number = IdentityNumbers.dNummer(birth, random);
            assertThat(mod11Valid(number)).as(number).isTrue();
            assertThat(Integer.parseInt(number.substring(0, 2))).isEqualTo(birth.getDayOfMonth() + 40);
        }
    }

    private static LocalDate birth(SplittableRandom random) {
        LocalDate oldest = LocalDate.of(1925, 1, 1);
        return oldest.plusDays(random.nextLong(LocalDate.of(2006, 12, 31).toEpochDay() - oldest.toEpochDay()));
    }

    /** Textbook Luhn: from the rightmost digit, double every second one, subtract 9 above 9; the sum ends in 0. */
    private static boolean luhnValid(String digits) {
        int sum = 0;
        boolean twice = false;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int digit = Character.digit(digits.charAt(i), 10);
            if (twice) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9;
                }
            }
            sum += digit;
            twice = !twice;
        }
        return sum % 10 == 0;
    }

    /** With the check digits weighted 1, each weighted sum is divisible by 11. */
    private static boolean mod11Valid(String number) {
        int[] first = {3, 7, 6, 1, 8, 9, 4, 5, 2, 1};
        int[] second = {5, 4, 3, 2, 7, 6, 5, 4, 3, 2, 1};
        return weighted(number, first) % 11 == 0 && weighted(number, second) % 11 == 0;
    }

    private static int weighted(String number, int[] weights) {
        int sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += Character.digit(number.charAt(i), 10) * weights[i];
        }
        return sum;
    }
}
