package org.studiebro.routing.routing;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.studiebro.events.ApplicationState;

/**
 * The routing state of one application, kept in the changelogged state store: enough to answer every later
 * decision without reading any other topic.
 *
 * @param correlationId the submitted application's correlation id, carried by everything that follows from it
 * @param version       version of the last status published, 1 for the routed application
 */
record ApplicationRouting(String applicationId, String correlationId, RoutedApplicant applicant, Instant submittedAt,
        Integer priorityGroup, int version, List<RoutedChoice> choices) {

    ApplicationRouting {
        choices = List.copyOf(choices);
    }

    Optional<RoutedChoice> choice(int rank) {
        return choices.stream().filter(choice -> choice.rank() == rank).findFirst();
    }

    /** The next version, with these choices. */
    ApplicationRouting next(List<RoutedChoice> newChoices) {
        return new ApplicationRouting(applicationId, correlationId, applicant, submittedAt, priorityGroup,
                version + 1, newChoices);
    }

    ApplicationState status() {
        return StatusProjection.overall(choices);
    }

    String homeMunicipality() {
        return applicant.homeMunicipality();
    }
}
