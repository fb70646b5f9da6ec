package org.studiebro.routing.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.studiebro.events.ApplicationState;
import org.studiebro.events.ChoiceState;

class OverallStatusTest {

    @Test
    void admittedWinsThenCostThenSeatOwnerThenReserve() {
        assertThat(overall(ChoiceState.RESERVE, ChoiceState.AWAITING_COST_DECISION, ChoiceState.ADMITTED))
                .isEqualTo(ApplicationState.ADMITTED);
        assertThat(overall(ChoiceState.SEAT_REQUESTED, ChoiceState.AWAITING_COST_DECISION))
                .isEqualTo(ApplicationState.AWAITING_COST_DECISION);
        assertThat(overall(ChoiceState.RESERVE, ChoiceState.SEAT_REQUESTED))
                .isEqualTo(ApplicationState.AWAITING_SEAT_OWNER);
        assertThat(overall(ChoiceState.NOT_ADMITTED, ChoiceState.RESERVE)).isEqualTo(ApplicationState.RESERVE);
        assertThat(overall(ChoiceState.UNKNOWN_COURSE, ChoiceState.COST_REFUSED, ChoiceState.WITHDRAWN))
                .isEqualTo(ApplicationState.NOT_ADMITTED);
    }

    private static ApplicationState overall(ChoiceState... states) {
        List<RoutedChoice> choices = Arrays.stream(states).map(state -> RoutedChoice.unknownCourse(1, "c",
                Decision.byRouting("TEST", "test", Instant.EPOCH)).decided(state,
                Decision.byRouting("TEST", "test", Instant.EPOCH))).toList();
        return OverallStatus.of(choices);
    }
}
