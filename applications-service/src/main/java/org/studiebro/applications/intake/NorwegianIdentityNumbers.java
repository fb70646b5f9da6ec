package org.studiebro.applications.intake;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.studiebro.events.IdentityType;

/**
 * Norwegian fødselsnummer, D-nummer and H-nummer (Skatteetaten): DDMMYY, three individual digits and two
 * check digits. D-nummer has day + 40, H-nummer month + 40.
 * <p>
 * Check digits: with S1 = Σ[3,7,6,1,8,9,4,5,2]·d1..d9 and S2 = Σ[5,4,3,2,7,6,5,4,3,2]·d1..d10, numbers issued
 * before 2032 have K1 = 11 - (S1 mod 11) and K2 = 11 - (S2 mod 11), where 11 becomes 0 and 10 is impossible;
 * that is, (S1 + K1) mod 11 = 0 and (S2 + K2) mod 11 = 0. For numbers issued from 1 January 2032 Skatteetaten
 * accepts K1 = {11,12,13,14} - (S1 mod 11), that is (S1 + K1) mod 11 in {0,1,2,3}, while K2 keeps its rule
 * ("Nytt fødselsnummer fra 2032", Folkeregisteret's API documentation). Both kinds are valid, so K1 is accepted
 * when the remainder is 0 to 3.
 * <p>
 * The individual digits told the century before 2032 and no longer do, so the date is checked in the century
 * they indicate when that gives a past date, else in the latest century that does.
 */
final class NorwegianIdentityNumbers {

    private static final Pattern ELEVEN_DIGITS = Pattern.compile("(\\d{6})[ -]?(\\d{5})");
    private static final int[] K1_WEIGHTS = {3, 7, 6, 1, 8, 9, 4, 5, 2};
    private static final int[] K2_WEIGHTS = {5, 4, 3, 2, 7, 6, 5, 4, 3, 2};
    private static final int HIGHEST_K1_REMAINDER = 3;
    private static final int SYNTHETIC_OFFSET = 40;

    private NorwegianIdentityNumbers() {
    }

    static NationalIdentityNumber parse(String text, LocalDate today) {
        Matcher matcher = ELEVEN_DIGITS.matcher(text);
        if (!matcher.matches()) {
            throw new InvalidIdentityNumberException(
                    "must be a Norwegian fødselsnummer, D-nummer or H-nummer: 11 digits DDMMYYIIIKK");
        }
        String digits = matcher.group(1) + matcher.group(2);
        if (!checkDigitsValid(digits)) {
            throw new InvalidIdentityNumberException("check digits do not match");
        }
        int day = Integer.parseInt(digits.substring(0, 2));
        int month = Integer.parseInt(digits.substring(2, 4));
        IdentityType type = IdentityType.NO_FODSELSNUMMER;
        if (day > SYNTHETIC_OFFSET && month > SYNTHETIC_OFFSET) {
            throw new InvalidIdentityNumberException("does not contain a valid date of birth");
        }
        if (day > SYNTHETIC_OFFSET) {
            type = IdentityType.NO_D_NUMMER;
            day -= SYNTHETIC_OFFSET;
        } else if (month > SYNTHETIC_OFFSET) {
            type = IdentityType.NO_H_NUMMER;
            month -= SYNTHETIC_OFFSET;
        }
        int yy = Integer.parseInt(digits.substring(4, 6));
        int individual = Integer.parseInt(digits.substring(6, 9));
        return new NationalIdentityNumber(digits, type, birthDate(day, month, yy, individual, today));
    }

    static boolean checkDigitsValid(String elevenDigits) {
        int k1Remainder = (weightedSum(elevenDigits, K1_WEIGHTS) + digit(elevenDigits, 9)) % 11;
        int k2Remainder = (weightedSum(elevenDigits, K2_WEIGHTS) + digit(elevenDigits, 10)) % 11;
        return k1Remainder <= HIGHEST_K1_REMAINDER && k2Remainder == 0;
    }

    private static LocalDate birthDate(int day, int month, int yy, int individual, LocalDate today) {
        List<Integer> years = new ArrayList<>(2);
        Integer indicated = centuryIndicatedBefore2032(yy, individual);
        if (indicated != null) {
            years.add(indicated + yy);
        }
        years.add(today.getYear() - Math.floorMod(today.getYear() - yy, 100));
        boolean validDate = false;
        for (int year : years) {
            try {
                LocalDate date = LocalDate.of(year, month, day);
                validDate = true;
                if (!date.isAfter(today)) {
                    return date;
                }
            } catch (DateTimeException e) {
                // Try the next century: 29 February depends on it.
            }
        }
        throw new InvalidIdentityNumberException(
                validDate ? "date of birth lies in the future" : "does not contain a valid date of birth");
    }

    /** The century the individual digits stood for before 2032, or null where they stood for none. */
    private static Integer centuryIndicatedBefore2032(int yy, int individual) {
        if (individual <= 499) {
            return 1900;
        }
        if (individual <= 749 && yy >= 54) {
            return 1800;
        }
        if (yy <= 39) {
            return 2000;
        }
        if (individual >= 900) {
            return 1900;
        }
        return null;
    }

    private static int weightedSum(String digits, int[] weights) {
        int sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += weights[i] * digit(digits, i);
        }
        return sum;
    }

    private static int digit(String digits, int index) {
        return digits.charAt(index) - '0';
    }
}
