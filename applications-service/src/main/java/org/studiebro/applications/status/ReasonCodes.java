package org.studiebro.applications.status;

import java.util.Set;

/**
 * The reason codes of status changes that have a text of their own (reason.CODE in the message bundles), by
 * who writes them. Outside parties may send codes of their own; a change with such a code gets a general text
 * ("your choice 2 changed") next to the party's reason in words, never the bare code.
 */
final class ReasonCodes {

    static final Set<String> WITH_TEXT = Set.of(
            // The routing-service (applications.status).
            "RECEIVED", "ROUTED", "UNKNOWN_COURSE", "COURSE_CLOSED", "COST_DECISION_REQUESTED",
            "COST_DECISION_REMINDED", "SEAT_REQUESTED", "SEAT_DECIDED", "HIGHER_CHOICE_ADMITTED",
            "WITHDRAWN_BY_LEARNER", "COST_REFUSED",
            // Seat owners, passed on by routing: the reference seat owner's rules.
            "SEATS_AVAILABLE", "OVERSUBSCRIBED", "SEAT_FREED", "RESERVE_POSITION_CHANGED", "NOT_ELIGIBLE",
            "COURSE_CANCELLED", "COURSE_EVENT_UNKNOWN",
            // Home municipalities, passed on by routing: the reference municipality's rules.
            "AGREEMENT_OR_NEED", "COURSE_OFFERED_AT_HOME");

    private ReasonCodes() {
    }
}
