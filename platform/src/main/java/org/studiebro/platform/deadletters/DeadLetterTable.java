package org.studiebro.platform.deadletters;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import org.studiebro.platform.watch.RawText;

/**
 * Dead letters as a table, one line each, the reason last since it is the longest. Keys and reasons are shown as
 * the watch shows raw text: escaped, cut, identity numbers masked, since a reason may quote the record it could not
 * read. Times are the original records' times, in UTC; "deleted in" is how long the broker keeps the letter from
 * now (its topic's retention counted from the letter's own timestamp).
 */
final class DeadLetterTable {

    private static final List<String> HEADINGS =
            List.of("SERVICE", "DEAD LETTER", "TIME", "KEY", "ORIGINAL", "REPLAYED", "DELETED IN", "REASON");
    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss'Z'").withZone(ZoneOffset.UTC);
    private static final String GAP = "  ";

    private DeadLetterTable() {
    }

    static String render(List<ListedDeadLetter> deadLetters, Instant now) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(HEADINGS);
        deadLetters.forEach(listed -> rows.add(cells(listed, now)));
        int[] widths = new int[HEADINGS.size() - 1];
        for (List<String> row : rows) {
            for (int column = 0; column < widths.length; column++) {
                widths[column] = Math.max(widths[column], row.get(column).length());
            }
        }
        StringBuilder table = new StringBuilder();
        for (List<String> row : rows) {
            StringBuilder line = new StringBuilder();
            for (int column = 0; column < widths.length; column++) {
                line.append(row.get(column)).append(" ".repeat(widths[column] - row.get(column).length())).append(GAP);
            }
            line.append(row.getLast());
            table.append(line.toString().stripTrailing()).append(System.lineSeparator());
        }
        return table.toString();
    }

    private static List<String> cells(ListedDeadLetter listed, Instant now) {
        DeadLetter deadLetter = listed.deadLetter();
        return List.of(
                deadLetter.service(),
                deadLetter.at().toString(),
                TIME.format(deadLetter.time()),
                deadLetter.key() == null ? "-" : RawText.escape(deadLetter.key()),
                RawText.escape(deadLetter.origin().toString()),
                listed.replayed() ? "yes" : "no",
                listed.expires().map(expires -> left(Duration.between(now, expires))).orElse("kept"),
                deadLetter.reason() == null ? "-" : RawText.escape(deadLetter.reason()));
    }

    private static String left(Duration left) {
        if (left.isNegative() || left.isZero()) {
            return "due";
        }
        if (left.toDays() > 0) {
            return left.toDays() + " d";
        }
        return left.toHours() > 0 ? left.toHours() + " h" : "< 1 h";
    }
}
