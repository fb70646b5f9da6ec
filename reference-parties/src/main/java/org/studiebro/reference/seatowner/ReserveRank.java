package org.studiebro.reference.seatowner;

/**
 * A reserve's place in the order of the reserve list, as a string of digits whose lexicographic order is that
 * order. The rules' rank is the priority group (two digits, unknown as 99, the last section) and then the time of
 * application (twenty digits), so that förordning (2011:1108) 3 kap. 7 § orders the list; the application id in
 * the key breaks ties, as {@link SeatHolder#RESERVE_ORDER} does. An officer who puts a reserve at a position gets
 * a rank between the ranks of its neighbours there ({@link #between}). The first two digits are the rank's section:
 * the reserves are counted per section, so that the reserves ranked before a section are known without reading
 * them.
 */
final class ReserveRank {

    static final int SECTION_WIDTH = 2;
    private static final String UNKNOWN_GROUP = "99";
    private static final int TIME_WIDTH = 20;

    private ReserveRank() {
    }

    static String of(SeatHolder holder) {
        Integer group = holder.priorityGroup();
        String section = group != null && group >= 0 && group < 99 ? "%02d".formatted(group) : UNKNOWN_GROUP;
        // Flipping the sign bit turns the signed order of epoch milliseconds into the unsigned order of the digits.
        String time = Long.toUnsignedString(holder.submittedAt() ^ Long.MIN_VALUE);
        return section + "0".repeat(TIME_WIDTH - time.length()) + time;
    }

    static String section(String rank) {
        return rank.substring(0, SECTION_WIDTH);
    }

    /**
     * A rank strictly between two, read as decimal fractions: {@code lower} "" for the start of the list,
     * {@code upper} null for its end. It never ends in 0, so that there is always room below it again, and it is at
     * least a section long.
     *
     * @throws IllegalArgumentException when {@code lower} is not below {@code upper}
     */
    static String between(String lower, String upper) {
        StringBuilder rank = new StringBuilder();
        boolean bounded = upper != null;
        for (int i = 0; ; i++) {
            int low = i < lower.length() ? lower.charAt(i) - '0' : 0;
            if (bounded && i >= upper.length()) {
                throw new IllegalArgumentException("no rank between " + lower + " and " + upper);
            }
            int high = bounded ? upper.charAt(i) - '0' : 10;
            if (high - low > 1) {
                rank.append((char) ('0' + (low + high) / 2));
                while (rank.length() < SECTION_WIDTH) {
                    rank.append('5');
                }
                return rank.toString();
            }
            rank.append((char) ('0' + low));
            // Below upper at this digit: whatever follows stays below it.
            bounded &= high == low;
        }
    }
}
