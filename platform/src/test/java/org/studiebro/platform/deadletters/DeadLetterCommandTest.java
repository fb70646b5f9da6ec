package org.studiebro.platform.deadletters;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class DeadLetterCommandTest {

    private static final Origin ORIGIN = new Origin("seat-decisions.goteborg-vux", 0, 3L);
    private static final DeadLetter FIRST = DeadLetters.deadLetter("routing-service", 0, 4, "app-1", ORIGIN);
    private static final DeadLetter SECOND = DeadLetters.deadLetter("routing-service", 1, 2, "app-2", ORIGIN);

    @Test
    void reportsWhatWasReplayedAndWhatWasSkipped() {
        String report = DeadLetterCommand.report(DeadLetterRequest.replay("routing-service", List.of(), true, false),
                new DeadLetterReplay.Outcome(List.of(FIRST), List.of(SECOND)));

        assertThat(report.lines()).containsExactly(
                "Replayed 1 dead letter of routing-service to replays.routing-service:",
                "  0@4  key app-1  from seat-decisions.goteborg-vux/0@3",
                "Skipped 1 dead letter replayed before (each is replayed once; replaying it again does nothing): 1@2");
    }

    @Test
    void aSecondReplaySaysItReplayedNothing() {
        String report = DeadLetterCommand.report(DeadLetterRequest.replay("routing-service", List.of(), true, false),
                new DeadLetterReplay.Outcome(List.of(), List.of(FIRST, SECOND)));

        assertThat(report.lines()).containsExactly(
                "Skipped 2 dead letters replayed before (each is replayed once; replaying it again does nothing):"
                        + " 0@4, 1@2",
                "Nothing was replayed.");
    }

    @Test
    void aDryRunSaysWhatWouldBeReplayed() {
        String report = DeadLetterCommand.report(
                DeadLetterRequest.replay("routing-service", List.of("0@4"), false, true),
                new DeadLetterReplay.Outcome(List.of(FIRST), List.of()));

        assertThat(report.lines()).containsExactly(
                "Would replay 1 dead letter of routing-service to replays.routing-service (dry run: nothing written):",
                "  0@4  key app-1  from seat-decisions.goteborg-vux/0@3");
    }
}
