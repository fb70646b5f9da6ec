package org.studiebro.benchmark.load;

import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Numbers and durations as the command line takes them and the reports write them. */
public final class Rates {

    private static final Pattern DURATION = Pattern.compile("(?:(\\d+)d)?(\\d+h)?(\\d+m)?(\\d+s)?");

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

    /** "60s", "5m", "1m30s", "1h", "90d", or a bare number of seconds. */
    public static Duration parseDuration(String text) {
        String value = text.trim().toLowerCase(Locale.ROOT);
        if (value.matches("\\d+")) {
            return Duration.ofSeconds(Long.parseLong(value));
        }
        Matcher parts = DURATION.matcher(value);
        if (value.isEmpty() || !parts.matches()) {
            throw new IllegalArgumentException("expected a duration such as 30s, 5m, 1m30s or 90d, not '" + text + "'");
        }
        Duration days = parts.group(1) == null ? Duration.ZERO : Duration.ofDays(Long.parseLong(parts.group(1)));
        String time = value.substring(parts.group(1) == null ? 0 : parts.end(1) + 1);
        return time.isEmpty() ? days : days.plus(Duration.parse("PT" + time.toUpperCase(Locale.ROOT)));
    }
}
