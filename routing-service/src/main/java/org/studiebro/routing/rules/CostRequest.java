package org.studiebro.routing.rules;

import java.time.Instant;

/**
 * The open cost request of a choice that awaits its home municipality's decision.
 *
 * @param eventId     id of the CostDecisionRequested event: its reminders name it as their cause
 * @param requestedAt when the home municipality was asked
 * @param reminders   reminders sent so far
 * @param remindAt    when the next reminder is due
 */
record CostRequest(String eventId, Instant requestedAt, int reminders, Instant remindAt) {

    CostRequest reminded(Instant nextReminder) {
        return new CostRequest(eventId, requestedAt, reminders + 1, nextReminder);
    }
}
