package org.studiebro.applications.intake;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.studiebro.events.IdentityType;

/**
 * Swedish personnummer and samordningsnummer (Skatteverket, folkbokföringslagen 18 §): YYMMDD-NNNC or
 * YYMMDD+NNNC (10 digits, the separator optional for '-'), or YYYYMMDDNNNC with or without '-'. C is the
 * Luhn check digit over the 9 digits before it. A samordningsnummer has day + 60. The separator '+' is
 * written from the calendar year the person turns 100, so a 10-digit number's century follows from the
 * separator and today's year.
 */
final class SwedishIdentityNumbers {

    private static final Pattern TEN_DIGITS = Pattern.compile("(\\d{2})(\\d{2})(\\d{2})([-+]?)(\\d{4})");
    private static final Pattern TWELVE_DIGITS = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})-?(\\d{4})");
    private static final int SAMORDNING_OFFSET = 60;

    private SwedishIdentityNumbers() {
    }

    static NationalIdentityNumber parse(String text, LocalDate today) {
        String normalised;
        Matcher twelve = TWELVE_DIGITS.matcher(text);
        Matcher ten = TEN_DIGITS.matcher(text);
        if (twelve.matches()) {
            normalised = twelve.group(1) + twelve.group(2) + twelve.group(3) + twelve.group(4);
        } else if (ten.matches()) {
            int yy = Integer.parseInt(ten.group(1));
            int year = birthYear(yy, "+".equals(ten.group(4)), today);
            normalised = String.format("%04d", year) + ten.group(2) + ten.group(3) + ten.group(5);
        } else {
            throw new InvalidIdentityNumberException(
                    "must be a Swedish personnummer or samordningsnummer: YYMMDD-NNNC, YYMMDD+NNNC or YYYYMMDDNNNC");
        }
        if (!luhnValid(normalised.substring(2))) {
            throw new InvalidIdentityNumberException("check digit does not match");
        }
        int year = Integer.parseInt(normalised.substring(0, 4));
        int month = Integer.parseInt(normalised.substring(4, 6));
        int day = Integer.parseInt(normalised.substring(6, 8));
        IdentityType type = IdentityType.SE_PERSONNUMMER;
        if (day > SAMORDNING_OFFSET) {
            type = IdentityType.SE_SAMORDNINGSNUMMER;
            day -= SAMORDNING_OFFSET;
        }
        LocalDate birthDate = date(year, month, day);
        if (birthDate.isAfter(today)) {
            throw new InvalidIdentityNumberException("date of birth lies in the future");
        }
        return new NationalIdentityNumber(normalised, type, birthDate);
    }

    /**
     * With '-' the person turns at most 99 this calendar year, with '+' at least 100: the year ending in yy
     * in the 100 years up to this one, or the century before.
     */
    static int birthYear(int yy, boolean hundredOrOlder, LocalDate today) {
        int year = today.getYear() - Math.floorMod(today.getYear() - yy, 100);
        return hundredOrOlder ? year - 100 : year;
    }

    /** Luhn over the 9 digits before the check digit: weights 2,1,2,...; the digits of each product are added. */
    static boolean luhnValid(String tenDigits) {
        return tenDigits.charAt(9) - '0' == luhnCheckDigit(tenDigits.substring(0, 9));
    }

    static int luhnCheckDigit(String nineDigits) {
        int sum = 0;
        for (int i = 0; i < nineDigits.length(); i++) {
            int product = (nineDigits.charAt(i) - '0') * (i % 2 == 0 ? 2 : 1);
            sum += product / 10 + product % 10;
        }
        return (10 - sum % 10) % 10;
    }

    private static LocalDate date(int year, int month, int day) {
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            throw new InvalidIdentityNumberException("does not contain a valid date of birth");
        }
    }
}
