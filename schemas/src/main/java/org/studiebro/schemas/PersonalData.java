package org.studiebro.schemas;

/**
 * Personal identity numbers are personal data: logs, metrics, exception messages and operator views only ever
 * see the date part, never the individual digits.
 */
public final class PersonalData {

    private PersonalData() {
    }

    /** "198112189876" becomes "19811218-****"; anything unexpected is masked whole. */
    public static String mask(String nationalId) {
        if (nationalId == null || nationalId.isEmpty()) {
            return "****";
        }
        String digits = nationalId.replaceAll("[^0-9]", "");
        if (digits.length() == 12) {
            return digits.substring(0, 8) + "-****";
        }
        if (digits.length() == 10 || digits.length() == 11) {
            return digits.substring(0, 6) + "-****";
        }
        return "****";
    }
}
