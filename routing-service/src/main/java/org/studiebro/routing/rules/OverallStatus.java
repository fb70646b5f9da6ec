package org.studiebro.routing.rules;

import java.util.List;

import org.studiebro.events.ApplicationState;
import org.studiebro.events.ChoiceState;

/**
 * The overall status of an application that routing publishes with each status change, from where its choices
 * stand; the applications-service projects these changes into what the learner sees.
 */
final class OverallStatus {

    private OverallStatus() {
    }

    static ApplicationState of(List<RoutedChoice> choices) {
        if (any(choices, ChoiceState.ADMITTED)) {
            return ApplicationState.ADMITTED;
        }
        if (any(choices, ChoiceState.AWAITING_COST_DECISION)) {
            return ApplicationState.AWAITING_COST_DECISION;
        }
        if (any(choices, ChoiceState.SEAT_REQUESTED)) {
            return ApplicationState.AWAITING_SEAT_OWNER;
        }
        if (any(choices, ChoiceState.RESERVE)) {
            return ApplicationState.RESERVE;
        }
        return ApplicationState.NOT_ADMITTED;
    }

    private static boolean any(List<RoutedChoice> choices, ChoiceState state) {
        return choices.stream().anyMatch(choice -> choice.state() == state);
    }
}
