package org.studiebro.benchmark.load;

import java.time.Duration;
import java.util.Locale;

/** Numbers and durations as the command line takes them and the reports write them. */
public final class Rates {

    private Rates() {
    }

    /** 300, 12.5 */
    public static String format(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : String.format(Locale.ROOT, "%.1f", value);
    }

    /** 90 s, 5 min, 2 min 30 s */
    public static String duration(Duration duration) {
        long seconds = duration.toSeconds();
        if (seconds < 120) {
            return seconds + " s";
        }
        return seconds % 60 == 0 ? seconds / 60 + " min" : seconds / 60 + " min " + seconds % 60 + " s";
    }

    /** "60s", "5m", "1m30s", "1h", or a bare number of seconds. */
    public static Duration parseDuration(String text) {
        String value = text.trim().toLowerCase(Locale.ROOT);
        if (value.matches("\\d+")) {
            return Duration.ofSeconds(Long.parseLong(value));
        }
        if (value.isEmpty() || !value.matches("(\\d+h)?(\\d+m)?(\\d+s)?")) {
            throw new IllegalArgumentException("expected a duration such as 30s, 5m or 1m30s, not '" + text + "'");
        }
        return Duration.parse("PT" + value.toUpperCase(Locale.ROOT));
    }
}
