package org.studiebro.endtoend;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * Made-up identity numbers that pass the checks a real form would face: their check digits are computed here, by
 * the published rules, not taken from the platform's own code.
 */
final class IdentityNumbers {

    private static final DateTimeFormatter YYMMDD = DateTimeFormatter.ofPattern("yyMMdd");
    private static final DateTimeFormatter DDMMYY = DateTimeFormatter.ofPattern("ddMMyy");
    private static final int[] K1_WEIGHTS = {3, 7, 6, 1, 8, 9, 4, 5, 2};
    private static final int[] K2_WEIGHTS = {5, 4, 3, 2, 7, 6, 5, 4, 3, 2};

    private IdentityNumbers() {
    }

    /** A Swedish personnummer YYMMDD-NNNC: C is the Luhn digit over the nine digits before it (weights 2, 1, ...). */
    static String personnummer(LocalDate birth, int serial) {
        String nine = birth.format(YYMMDD) + "%03d".formatted(serial);
        int sum = 0;
        for (int i = 0; i < nine.length(); i++) {
            int product = (nine.charAt(i) - '0') * (i % 2 == 0 ? 2 : 1);
            sum += product / 10 + product % 10;
        }
        return nine.substring(0, 6) + "-" + nine.substring(6) + (10 - sum % 10) % 10;
    }

    /**
     * A Norwegian fødselsnummer DDMMYY + three individual digits + K1 K2, each K = 11 - (weighted sum mod 11) with
     * 11 read as 0. An individual number for which either K would be 10 is never issued, so the next one is taken.
     */
    static String fodselsnummer(LocalDate birth, int individualFrom) {
        for (int individual = individualFrom; individual < 1000; individual++) {
            String nine = birth.format(DDMMYY) + "%03d".formatted(individual);
            int k1 = mod11(nine, K1_WEIGHTS);
            int k2 = mod11(nine + k1, K2_WEIGHTS);
            if (k1 < 10 && k2 < 10) {
                return nine + k1 + k2;
            }
        }
        throw new IllegalArgumentException("no individual number from " + individualFrom + " gives valid check digits");
    }

    private static int mod11(String digits, int[] weights) {
        int sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += (digits.charAt(i) - '0') * weights[i];
        }
        return (11 - sum % 11) % 11;
    }
}
