package org.studiebro.platform.deadletters;

import java.util.Comparator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Where a record is in its topic, written {@code PARTITION@OFFSET} as the list shows it and {@code --at} takes it. */
public record Position(int partition, long offset) implements Comparable<Position> {

    private static final Pattern TEXT = Pattern.compile("([0-9]{1,9})@([0-9]{1,18})");
    private static final Comparator<Position> ORDER = Comparator.comparingInt(Position::partition)
            .thenComparingLong(Position::offset);

    /** @throws IllegalArgumentException naming the text when it is not {@code PARTITION@OFFSET} */
    public static Position parse(String text) {
        Matcher matcher = TEXT.matcher(text);
        if (!matcher.matches()) {
            throw new IllegalArgumentException("Not a PARTITION@OFFSET such as 0@17: '" + text + "'");
        }
        return new Position(Integer.parseInt(matcher.group(1)), Long.parseLong(matcher.group(2)));
    }

    @Override
    public int compareTo(Position other) {
        return ORDER.compare(this, other);
    }

    @Override
    public String toString() {
        return partition + "@" + offset;
    }
}
