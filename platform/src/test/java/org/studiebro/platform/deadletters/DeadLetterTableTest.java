package org.studiebro.platform.deadletters;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class DeadLetterTableTest {

    private static final Optional<Duration> NINETY_DAYS = Optional.of(Duration.ofDays(90));
    private static final Instant NOW = Instant.parse("2026-12-01T12:00:00Z");

    @Test
    void linesUpTheColumnsWithTheReasonLast() {
        DeadLetter routing = DeadLetters.deadLetter("routing-service", 1, 5, "app-1",
                new Origin("seat-decisions.goteborg-vux", 2, 17L));
        DeadLetter notification = new DeadLetter("notification-service", new Position(0, 12),
                Instant.parse("2026-11-22T09:00:00Z"), "application-22".getBytes(), new byte[0],
                new Origin("applications.status", 0, 4711L), "SMTP down", Instant.parse("2026-11-30T20:00:00Z"));

        String table = DeadLetterTable.render(List.of(new ListedDeadLetter(routing, true, NINETY_DAYS),
                new ListedDeadLetter(notification, false, Optional.empty())), NOW);

        assertThat(table.lines()).containsExactly(
                "SERVICE               DEAD LETTER  TIME                  KEY             ORIGINAL"
                        + "                          REPLAYED  DELETED IN  REASON",
                "routing-service       1@5          2026-11-22T10:15:30Z  app-1           seat-decisions.goteborg-vux/2@17"
                        + "  yes       80 d        no such application",
                "notification-service  0@12         2026-11-22T09:00:00Z  application-22  applications.status/0@4711"
                        + "        no        kept        SMTP down");
    }

    @Test
    void saysHowLongTheBrokerKeepsEachLetterFromNow() {
        DeadLetter deadLetter = DeadLetters.deadLetter("routing-service", 0, 1, "app-1", Origin.UNKNOWN);
        Instant stored = deadLetter.stored();

        assertThat(deletedIn(deadLetter, stored.plus(Duration.ofDays(89)).plus(Duration.ofHours(3)))).isEqualTo("21 h");
        assertThat(deletedIn(deadLetter, stored.plus(Duration.ofDays(90)).minusSeconds(60))).isEqualTo("< 1 h");
        assertThat(deletedIn(deadLetter, stored.plus(Duration.ofDays(91)))).isEqualTo("due");
    }

    private static String deletedIn(DeadLetter deadLetter, Instant now) {
        String row = DeadLetterTable.render(List.of(new ListedDeadLetter(deadLetter, false, NINETY_DAYS)), now)
                .lines().toList().get(1);
        return row.substring(row.indexOf(" no ") + 4).strip().split("  ")[0];
    }

    @Test
    void masksIdentityNumbersAndEscapesWhatIsNotPrintable() {
        DeadLetter deadLetter = new DeadLetter("routing-service", new Position(0, 1), Instant.EPOCH,
                "811218-9876".getBytes(), new byte[0], Origin.UNKNOWN,
                "Cannot read ApplicationSubmitted for 198112189876:\nbad\tbytes", Instant.EPOCH);

        String row = DeadLetterTable.render(List.of(new ListedDeadLetter(deadLetter, false, NINETY_DAYS)), NOW)
                .lines().toList().get(1);

        assertThat(row).contains("811218-****", "Cannot read ApplicationSubmitted for 19811218-****:\\nbad\\tbytes",
                "?/?@?").doesNotContain("9876");
    }

    @Test
    void showsADashForAMissingKeyOrReason() {
        DeadLetter deadLetter = new DeadLetter("routing-service", new Position(0, 1), Instant.EPOCH, null,
                new byte[0], Origin.UNKNOWN, null, Instant.EPOCH);

        String row = DeadLetterTable.render(List.of(new ListedDeadLetter(deadLetter, false, Optional.empty())), NOW)
                .lines().toList().get(1);

        assertThat(row).isEqualTo(
                "routing-service  0@1          1970-01-01T00:00:00Z  -    ?/?@?     no        kept        -");
    }
}
