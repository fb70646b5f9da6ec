package org.studiebro.platform.samples;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.random.RandomGenerator;

/**
 * Valid, made-up identity numbers as upstream forms send them: Swedish personnummer and samordningsnummer
 * (YYMMDD-NNNC, Luhn), Norwegian fødselsnummer and D-nummer (DDMMYY + three individual digits + two mod-11
 * check digits, the rule in force before 2032).
 */
public final class IdentityNumbers {

    private static final DateTimeFormatter YYMMDD = DateTimeFormatter.ofPattern("yyMMdd");
    private static final DateTimeFormatter DDMMYY = DateTimeFormatter.ofPattern("ddMMyy");
    private static final int[] K1_WEIGHTS = {3, 7, 6, 1, 8, 9, 4, 5, 2};
    private static final int[] K2_WEIGHTS = {5, 4, 3, 2, 7, 6, 5, 4, 3, 2};
    private static final int SAMORDNING_DAY_OFFSET = 60;
    private static final int D_NUMMER_DAY_OFFSET = 40;

    private IdentityNumbers() {
    }

    /** YYMMDD-NNNC; from the calendar year a person turns 100, '+' instead of '-'. */
    public static String personnummer(LocalDate birth, LocalDate today, RandomGenerator random) {
        return swedish(birth, 0, today, random);
    }

    /** As a personnummer with 60 added to the day: Skatteverket's number for people not registered in Sweden. */
    public static String samordningsnummer(LocalDate birth, LocalDate today, RandomGenerator random) {
        return swedish(birth, SAMORDNING_DAY_OFFSET, today, random);
    }

    /** DDMMYYIIIKK; individual numbers 000-499 for people born 1900-1999, 500-999 for 2000-2039. */
    public static String fodselsnummer(LocalDate birth, RandomGenerator random) {
        return norwegian(birth, 0, random);
    }

    /** As a fødselsnummer with 40 added to the day: the number of people working or studying in Norway for a while. */
    public static String dNummer(LocalDate birth, RandomGenerator random) {
        return norwegian(birth, D_NUMMER_DAY_OFFSET, random);
    }

    /** The Luhn check digit over {@code digits}: weights 2,1,2,... from the left, digits of products added. */
    static int luhn(String digits) {
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            int product = (digits.charAt(i) - '0') * (i % 2 == 0 ? 2 : 1);
            sum += product / 10 + product % 10;
        }
        return (10 - sum % 10) % 10;
    }

    private static String swedish(LocalDate birth, int dayOffset, LocalDate today, RandomGenerator random) {
        String date = birth.format(YYMMDD);
        String yymmdd = date.substring(0, 4) + "%02d".formatted(birth.getDayOfMonth() + dayOffset);
        String nine = yymmdd + "%03d".formatted(random.nextInt(1000));
        char separator = today.getYear() - birth.getYear() >= 100 ? '+' : '-';
        return yymmdd + separator + nine.substring(6) + luhn(nine);
    }

    private static String norwegian(LocalDate birth, int dayOffset, RandomGenerator random) {
        if (birth.getYear() < 1900 || birth.getYear() > 2039) {
            throw new IllegalArgumentException("individual numbers are drawn only for births 1900-2039: " + birth);
        }
        String date = birth.format(DDMMYY);
        String ddmmyy = "%02d".formatted(birth.getDayOfMonth() + dayOffset) + date.substring(2);
        boolean born1900s = birth.getYear() < 2000;
        while (true) {
            int individual = born1900s ? random.nextInt(500) : 500 + random.nextInt(500);
            String nine = ddmmyy + "%03d".formatted(individual);
            int k1 = mod11(nine, K1_WEIGHTS);
            if (k1 == 10) {
                continue;
            }
            int k2 = mod11(nine + k1, K2_WEIGHTS);
            // A remainder giving 10 has no check digit: that individual number is never issued, so draw again.
            if (k2 != 10) {
                return nine + k1 + k2;
            }
        }
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
