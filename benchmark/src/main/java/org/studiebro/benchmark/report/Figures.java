package org.studiebro.benchmark.report;

import java.util.Locale;

/** How the reports write numbers: milliseconds with one decimal, rates with one, counts with thousands separators. */
public final class Figures {

    private Figures() {
    }

    public static String ms(double millis) {
        return String.format(Locale.ROOT, "%.1f", millis);
    }

    public static String rate(double perSecond) {
        return String.format(Locale.ROOT, "%,.1f", perSecond).replace(',', ' ');
    }

    public static String count(long count) {
        return String.format(Locale.ROOT, "%,d", count).replace(',', ' ');
    }

    public static String percent(double fraction) {
        return String.format(Locale.ROOT, "%.1f %%", fraction * 100);
    }

    public static String decimal(double value, int decimals) {
        return String.format(Locale.ROOT, "%." + decimals + "f", value);
    }

    /** A figure that may not have been measured: "n/a" for null. */
    static String optional(Double value, int decimals) {
        return value == null ? "n/a" : decimal(value, decimals);
    }
}
