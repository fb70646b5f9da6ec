package org.studiebro.applications.access;

/**
 * Whether an e-ID's identity number and an application's are the same person's. An e-ID writes a Swedish
 * personnummer with its century (19811218-9876) while applications carry the ten-digit form (811218-9876), so
 * Swedish numbers compare by their last ten digits; Norwegian fødselsnummer have eleven digits either way.
 */
final class IdentityNumbers {

    private static final int SWEDISH_WITH_CENTURY = 12;
    private static final int SWEDISH = 10;

    private IdentityNumbers() {
    }

    static boolean samePerson(String fromToken, String fromApplication) {
        if (fromToken == null || fromApplication == null) {
            return false;
        }
        String token = digits(fromToken);
        String application = digits(fromApplication);
        return !token.isEmpty() && withoutCentury(token).equals(withoutCentury(application));
    }

    private static String withoutCentury(String digits) {
        return digits.length() == SWEDISH_WITH_CENTURY ? digits.substring(SWEDISH_WITH_CENTURY - SWEDISH) : digits;
    }

    // Separators differ ('-', '+' for the hundred-year-old, none); the digits are the number.
    private static String digits(String number) {
        return number.replaceAll("\\D", "");
    }
}
