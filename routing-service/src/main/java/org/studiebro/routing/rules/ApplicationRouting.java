package org.studiebro.routing.rules;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.studiebro.events.ApplicationState;
import org.studiebro.events.ApplicationSubmitted;

/**
 * The routing state of one application, kept in the changelogged state store: enough to answer every later
 * decision without reading any other topic.
 *
 * @param correlationId the submitted application's correlation id, carried by everything that follows from it
 * @param version       version of the last status published, 1 for the routed application
 * @param withdrawnAt   when the learner withdrew the application, or null
 */
public record ApplicationRouting(String applicationId, String correlationId, RoutedApplicant applicant,
        Instant submittedAt, Integer priorityGroup, int version, List<RoutedChoice> choices, Instant withdrawnAt) {

    public ApplicationRouting {
        choices = List.copyOf(choices);
    }

    /** The application as received, version 0: its first status, once its choices are routed, is version 1. */
    static ApplicationRouting received(ApplicationSubmitted submitted, List<RoutedChoice> choices) {
        return new ApplicationRouting(submitted.getApplicationId(), submitted.getMetadata().getCorrelationId(),
                RoutedApplicant.from(submitted.getApplicant()), submitted.getMetadata().getOccurredAt(),
                submitted.getPriorityGroup(), 0, choices, null);
    }

    Optional<RoutedChoice> choice(int rank) {
        return choices.stream().filter(choice -> choice.rank() == rank).findFirst();
    }

    /** The choices with {@code changed} in place of the choice of its rank. */
    List<RoutedChoice> choicesWith(RoutedChoice changed) {
        return choices.stream().map(choice -> choice.rank() == changed.rank() ? changed : choice).toList();
    }

    /** The next version, with these choices. */
    ApplicationRouting next(List<RoutedChoice> newChoices) {
        return new ApplicationRouting(applicationId, correlationId, applicant, submittedAt, priorityGroup,
                version + 1, newChoices, withdrawnAt);
    }

    /** The next version, withdrawn by the learner. */
    ApplicationRouting withdrawn(List<RoutedChoice> newChoices, Instant at) {
        return new ApplicationRouting(applicationId, correlationId, applicant, submittedAt, priorityGroup,
                version + 1, newChoices, at);
    }

    /** When the next cost reminder of each choice that awaits its cost decision is due, by the choice's rank. */
    public Map<Integer, Instant> remindersDue() {
        Map<Integer, Instant> due = new TreeMap<>();
        for (RoutedChoice choice : choices) {
            if (choice.costRequest() != null) {
                due.put(choice.rank(), choice.costRequest().remindAt());
            }
        }
        return due;
    }

    boolean withdrawnByLearner() {
        return withdrawnAt != null;
    }

    ApplicationState status() {
        return withdrawnByLearner() ? ApplicationState.WITHDRAWN : OverallStatus.of(choices);
    }

    String homeMunicipality() {
        return applicant.homeMunicipality();
    }
}
