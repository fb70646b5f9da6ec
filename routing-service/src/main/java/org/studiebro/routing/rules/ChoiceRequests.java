package org.studiebro.routing.rules;

import java.time.Duration;
import java.util.List;

import org.apache.avro.specific.SpecificRecord;
import org.studiebro.events.ChoiceState;
import org.studiebro.events.CostRequestEvent;

/**
 * What opening or withdrawing one choice asks of the outside parties: the seat request to its seat owner or the
 * cost request to its home municipality, and the withdrawal of whichever of them is open.
 */
final class ChoiceRequests {

    private final RoutingReferences references;
    private final Duration costReminderAfter;

    ChoiceRequests(RoutingReferences references, Duration costReminderAfter) {
        this.references = references;
        this.costReminderAfter = costReminderAfter;
    }

    /**
     * Sends the request a newly routed choice needs, if any.
     *
     * @return the choice as it stands once asked: a cost request is kept with its first reminder's due time
     */
    RoutedChoice open(ApplicationRouting application, RoutedChoice choice, RoutingEvents events,
            List<SpecificRecord> out) {
        if (choice.state() == ChoiceState.SEAT_REQUESTED) {
            out.add(events.seatRequested(application, choice));
            return choice;
        }
        if (!choice.awaitingCostDecision()) {
            return choice;
        }
        CostRequestEvent request = events.costRequested(application, choice,
                references.courseEvent(choice.courseEventId()).orElseThrow());
        out.add(request);
        return choice.costRequested(new CostRequest(request.getMetadata().getEventId(),
                request.getMetadata().getOccurredAt(), 0,
                request.getMetadata().getOccurredAt().plus(costReminderAfter)));
    }

    /**
     * Withdraws the seat request (or admission) or the cost request the choice holds.
     *
     * @return the choice withdrawn, or unchanged when it held nothing open
     */
    RoutedChoice withdraw(ApplicationRouting application, RoutedChoice choice, Decision withdrawal,
            RoutingEvents events, List<SpecificRecord> out) {
        if (choice.holdsSeatRequest()) {
            out.add(events.seatRequestWithdrawn(application, choice, withdrawal));
        } else if (choice.awaitingCostDecision()) {
            out.add(events.costRequestWithdrawn(application, choice, withdrawal));
        } else {
            return choice;
        }
        return choice.decided(ChoiceState.WITHDRAWN, withdrawal);
    }
}
