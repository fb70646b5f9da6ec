package org.studiebro.platform.deadletters;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

class DeadLetterTableTest {

    @Test
    void linesUpTheColumnsWithTheReasonLast() {
        DeadLetter routing = DeadLetters.deadLetter("routing-service", 1, 5, "app-1",
                new Origin("seat-decisions.goteborg-vux", 2, 17L));
        DeadLetter notification = new DeadLetter("notification-service", new Position(0, 12),
                Instant.parse("2026-11-22T09:00:00Z"), "application-22".getBytes(), new byte[0],
                new Origin("applications.status", 0, 4711L), "SMTP down");

        String table = DeadLetterTable.render(List.of(new ListedDeadLetter(routing, true),
                new ListedDeadLetter(notification, false)));

        assertThat(table.lines()).containsExactly(
                "SERVICE               DEAD LETTER  TIME                  KEY             ORIGINAL"
                        + "                          REPLAYED  REASON",
                "routing-service       1@5          2026-11-22T10:15:30Z  app-1           seat-decisions.goteborg-vux/2@17"
                        + "  yes       no such application",
                "notification-service  0@12         2026-11-22T09:00:00Z  application-22  applications.status/0@4711"
                        + "        no        SMTP down");
    }

    @Test
    void masksIdentityNumbersAndEscapesWhatIsNotPrintable() {
        DeadLetter deadLetter = new DeadLetter("routing-service", new Position(0, 1), Instant.EPOCH,
                "811218-9876".getBytes(), new byte[0], Origin.UNKNOWN,
                "Cannot read ApplicationSubmitted for 198112189876:\nbad\tbytes");

        String row = DeadLetterTable.render(List.of(new ListedDeadLetter(deadLetter, false))).lines().toList().get(1);

        assertThat(row).contains("811218-****", "Cannot read ApplicationSubmitted for 19811218-****:\\nbad\\tbytes",
                "?/?@?").doesNotContain("9876");
    }

    @Test
    void showsADashForAMissingKeyOrReason() {
        DeadLetter deadLetter = new DeadLetter("routing-service", new Position(0, 1), Instant.EPOCH, null,
                new byte[0], Origin.UNKNOWN, null);

        String row = DeadLetterTable.render(List.of(new ListedDeadLetter(deadLetter, false))).lines().toList().get(1);

        assertThat(row).isEqualTo("routing-service  0@1          1970-01-01T00:00:00Z  -    ?/?@?     no        -");
    }
}
