package org.studiebro.platform.deadletters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class DeadLetterReplayTest {

    private static final Origin ORIGIN = new Origin("seat-decisions.goteborg-vux", 0, 3L);
    private static final List<DeadLetter> DEAD_LETTERS = List.of(
            DeadLetters.deadLetter("routing-service", 0, 4, "app-1", ORIGIN),
            DeadLetters.deadLetter("routing-service", 1, 2, "app-2", ORIGIN),
            DeadLetters.deadLetter("routing-service", 2, 9, "app-3", ORIGIN));

    @Test
    void allReplaysWhatWasNotReplayedBefore() {
        DeadLetterReplay.Outcome outcome = DeadLetterReplay.choose(DEAD_LETTERS, Set.of(new Position(1, 2)),
                DeadLetterRequest.replay("routing-service", List.of(), true, false));

        assertThat(outcome.replayed()).extracting(DeadLetter::at)
                .containsExactly(new Position(0, 4), new Position(2, 9));
        assertThat(outcome.skipped()).extracting(DeadLetter::at).containsExactly(new Position(1, 2));
    }

    @Test
    void positionsChooseInTheirOrderAndOnceEach() {
        DeadLetterReplay.Outcome outcome = DeadLetterReplay.choose(DEAD_LETTERS, Set.of(),
                DeadLetterRequest.replay("routing-service", List.of("2@9", "0@4", "2@9"), false, false));

        assertThat(outcome.replayed()).extracting(DeadLetter::at)
                .containsExactly(new Position(2, 9), new Position(0, 4));
        assertThat(outcome.skipped()).isEmpty();
    }

    @Test
    void aSecondReplayOfTheSameDeadLettersReplaysNothing() {
        DeadLetterReplay.Outcome outcome = DeadLetterReplay.choose(DEAD_LETTERS,
                Set.of(new Position(0, 4), new Position(1, 2), new Position(2, 9)),
                DeadLetterRequest.replay("routing-service", List.of(), true, false));

        assertThat(outcome.replayed()).isEmpty();
        assertThat(outcome.skipped()).hasSize(3);
    }

    @Test
    void aPositionWithoutADeadLetterReplaysNothingAndIsNamed() {
        assertThatThrownBy(() -> DeadLetterReplay.choose(DEAD_LETTERS, Set.of(),
                DeadLetterRequest.replay("routing-service", List.of("0@4", "0@5", "7@1"), false, false)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("no dead letter at 0@5, 7@1 in dead-letters.routing-service; nothing replayed");
    }
}
