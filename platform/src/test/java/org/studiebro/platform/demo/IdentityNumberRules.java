package org.studiebro.platform.demo;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * The published validity rules, written independently of the generator so that the tests check it rather than
 * repeat it: the Luhn sum over all ten Swedish digits is a multiple of 10; each Norwegian check digit makes its
 * weighted sum (weights ending in 1 for the check digit itself) a multiple of 11.
 */
final class IdentityNumberRules {

    private static final int[] K1 = {3, 7, 6, 1, 8, 9, 4, 5, 2, 1};
    private static final int[] K2 = {5, 4, 3, 2, 7, 6, 5, 4, 3, 2, 1};

    private IdentityNumberRules() {
    }

    /** YYMMDD-NNNC; samordningsnummer (day + 60) when {@code coordination}. */
    static boolean isValidSwedish(String number, boolean coordination) {
        if (!number.matches("\\d{6}-\\d{4}")) {
            return false;
        }
        String digits = number.replace("-", "");
        int sum = 0;
        for (int i = 0; i < 10; i++) {
            int digit = digits.charAt(i) - '0';
            int doubled = i % 2 == 0 ? digit * 2 : digit;
            sum += doubled > 9 ? doubled - 9 : doubled;
        }
        int day = Integer.parseInt(digits.substring(4, 6)) - (coordination ? 60 : 0);
        // Learners are adults: two-digit years from 30 up are taken as 19xx.
        String century = Integer.parseInt(digits.substring(0, 2)) >= 30 ? "19" : "20";
        return sum % 10 == 0 && isDate(century + digits.substring(0, 4) + "%02d".formatted(day));
    }

    static boolean isValidNorwegian(String number) {
        if (!number.matches("\\d{11}")) {
            return false;
        }
        String date = number.substring(0, 6);
        int individual = Integer.parseInt(number.substring(6, 9));
        String century = individual >= 500 ? "20" : "19";
        return weightedSum(number, K1) % 11 == 0 && weightedSum(number, K2) % 11 == 0
                && isDate(century + date.substring(4) + date.substring(2, 4) + date.substring(0, 2));
    }

    private static int weightedSum(String digits, int[] weights) {
        int sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += (digits.charAt(i) - '0') * weights[i];
        }
        return sum;
    }

    private static boolean isDate(String yyyymmdd) {
        try {
            LocalDate.parse(yyyymmdd, DateTimeFormatter.BASIC_ISO_DATE);
            return true;
        } catch (DateTimeParseException notADate) {
            return false;
        }
    }
}
