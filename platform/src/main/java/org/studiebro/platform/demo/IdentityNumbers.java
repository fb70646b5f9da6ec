package org.studiebro.platform.demo;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.random.RandomGenerator;

/** Valid, made-up identity numbers: Swedish personnummer and samordningsnummer, Norwegian fødselsnummer. */
final class IdentityNumbers {

    private static final DateTimeFormatter YYMMDD = DateTimeFormatter.ofPattern("yyMMdd");
    private static final DateTimeFormatter DDMMYY = DateTimeFormatter.ofPattern("ddMMyy");
    private static final int[] K1_WEIGHTS = {3, 7, 6, 1, 8, 9, 4, 5, 2};
    private static final int[] K2_WEIGHTS = {5, 4, 3, 2, 7, 6, 5, 4, 3, 2};

    private IdentityNumbers() {
    }

    /** YYMMDD-NNNC, C the Luhn check digit over the nine digits before it. */
    static String personnummer(LocalDate birth, RandomGenerator random) {
        return swedish(birth.format(YYMMDD), random);
    }

    /** As a personnummer, with 60 added to the day: the number Skatteverket gives people not registered in Sweden. */
    static String samordningsnummer(LocalDate birth, RandomGenerator random) {
        String date = birth.format(YYMMDD);
        int day = Integer.parseInt(date.substring(4)) + 60;
        return swedish(date.substring(0, 4) + day, random);
    }

    /** DDMMYY + three individual digits + two mod-11 check digits; individual numbers 000-499 for 1900-1999. */
    static String fodselsnummer(LocalDate birth, RandomGenerator random) {
        boolean born1900s = birth.getYear() < 2000;
        while (true) {
            int individual = born1900s ? random.nextInt(500) : 500 + random.nextInt(500);
            String nine = birth.format(DDMMYY) + "%03d".formatted(individual);
            int k1 = mod11(nine, K1_WEIGHTS);
            int k2 = k1 < 10 ? mod11(nine + k1, K2_WEIGHTS) : 10;
            // A remainder giving 10 has no check digit: that individual number is never issued, so draw again.
            if (k1 < 10 && k2 < 10) {
                return nine + k1 + k2;
            }
        }
    }

    static int luhn(String digits) {
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            int product = (digits.charAt(i) - '0') * (i % 2 == 0 ? 2 : 1);
            sum += product / 10 + product % 10;
        }
        return (10 - sum % 10) % 10;
    }

    private static String swedish(String yymmdd, RandomGenerator random) {
        String nine = yymmdd + "%03d".formatted(random.nextInt(1000));
        return yymmdd + "-" + nine.substring(6) + luhn(nine);
    }

    private static int mod11(String digits, int[] weights) {
        int sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += (digits.charAt(i) - '0') * weights[i];
        }
        int check = 11 - sum % 11;
        return check == 11 ? 0 : check;
    }
}
