package org.studiebro.routing.rules;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.apache.avro.specific.SpecificRecord;

/**
 * Reminds the home municipality of a cost request it has not answered, again after every interval, and records
 * each reminder as a status change: the choice stays waiting on the home municipality.
 */
final class Reminders {

    static final String COST_DECISION_REMINDED = "COST_DECISION_REMINDED";

    private final Duration costReminderAfter;
    private final ZoneId zone;

    Reminders(Duration costReminderAfter, ZoneId zone) {
        this.costReminderAfter = costReminderAfter;
        this.zone = zone;
    }

    /** Every choice whose reminder is due by {@code now} gets its reminder and a status change of its own. */
    RoutingOutcome remind(ApplicationRouting application, Instant now) {
        ApplicationRouting current = application;
        List<SpecificRecord> out = new ArrayList<>();
        for (RoutedChoice choice : application.choices()) {
            CostRequest request = choice.costRequest();
            if (request == null || request.remindAt().isAfter(now)) {
                continue;
            }
            Decision reminder = Decision.byRouting(COST_DECISION_REMINDED, "home municipality "
                    + application.homeMunicipality() + " has not yet decided on the cost asked for on "
                    + LocalDate.ofInstant(request.requestedAt(), zone) + " and is reminded (reminder "
                    + (request.reminders() + 1) + "); waiting on the home municipality", now);
            // The next reminder counts from this one, so a check that ran late does not send two at once.
            RoutedChoice reminded = choice.reminded(reminder, now.plus(costReminderAfter));
            current = current.next(current.choicesWith(reminded));
            RoutingEvents events = RoutingEvents.followingCostRequest(request, application.correlationId(), now);
            out.add(events.costRequestReminded(current, reminded));
            out.add(events.statusChanged(current, reminder.change(choice.rank())));
        }
        return out.isEmpty() ? RoutingOutcome.ignored() : RoutingOutcome.changed(current, out);
    }
}
