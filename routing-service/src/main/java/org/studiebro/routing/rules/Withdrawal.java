package org.studiebro.routing.rules;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.apache.avro.specific.SpecificRecord;
import org.studiebro.events.ApplicationWithdrawalRequested;
import org.studiebro.events.Authority;

/**
 * The learner withdraws the application: every open seat request (also a reserve place or an admission, which
 * frees the seat) and every pending cost request is withdrawn, and the application is withdrawn as a whole.
 */
final class Withdrawal {

    static final String WITHDRAWN_BY_LEARNER = "WITHDRAWN_BY_LEARNER";
    static final String LEARNER = "learner";

    private static final String WITHDRAWN = "the learner withdrew the application";

    private final ChoiceRequests requests;
    private final Clock clock;

    Withdrawal(ChoiceRequests requests, Clock clock) {
        this.requests = requests;
        this.clock = clock;
    }

    RoutingOutcome onWithdrawal(ApplicationRouting application, ApplicationWithdrawalRequested withdrawal) {
        if (application.withdrawnByLearner()) {
            return RoutingOutcome.ignored();
        }
        Instant now = clock.instant();
        // Seat owners and the home municipality are told that the learner withdrew, not the learner's own words.
        Decision byLearner = new Decision(Authority.LEARNER, LEARNER, WITHDRAWN_BY_LEARNER, WITHDRAWN, now);
        RoutingEvents events = new RoutingEvents(withdrawal.getMetadata(), application.correlationId(), now);
        List<SpecificRecord> out = new ArrayList<>();
        List<RoutedChoice> choices = new ArrayList<>();
        for (RoutedChoice choice : application.choices()) {
            choices.add(requests.withdraw(application, choice, byLearner, events, out));
        }
        ApplicationRouting next = application.withdrawn(choices, now);
        String reason = withdrawal.getReason() == null || withdrawal.getReason().isBlank()
                ? WITHDRAWN : WITHDRAWN + ": " + withdrawal.getReason();
        out.add(events.statusChanged(next,
                new Decision(Authority.LEARNER, LEARNER, WITHDRAWN_BY_LEARNER, reason, now).change(null)));
        return RoutingOutcome.changed(next, out);
    }
}
