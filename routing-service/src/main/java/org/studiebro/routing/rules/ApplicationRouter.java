package org.studiebro.routing.rules;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.apache.avro.specific.SpecificRecord;
import org.studiebro.events.ApplicationSubmitted;
import org.studiebro.events.ApplicationWithdrawalRequested;
import org.studiebro.events.CostDecided;
import org.studiebro.events.CourseChoice;
import org.studiebro.events.SeatDecided;

/**
 * The routing rules and the application's state machine, free of Kafka: what a submitted application, a seat
 * owner's decision, a home municipality's cost decision, the learner's withdrawal or the passing of time does to an
 * application. Routing a submission is done here; the other rules each have a class of their own.
 */
public final class ApplicationRouter {

    private final RoutingReferences references;
    private final ChoiceRouting choiceRouting;
    private final ChoiceRequests requests;
    private final SeatDecisionRules seatDecisions;
    private final CostDecisionRules costDecisions;
    private final Withdrawal withdrawal;
    private final Reminders reminders;
    private final Clock clock;

    /** @param costReminderAfter how long a cost request may stay unanswered before its home municipality is reminded */
    public ApplicationRouter(RoutingReferences references, Clock clock, Duration costReminderAfter) {
        this.references = references;
        this.choiceRouting = new ChoiceRouting(references);
        this.requests = new ChoiceRequests(references, costReminderAfter);
        this.seatDecisions = new SeatDecisionRules(choiceRouting, requests, clock);
        this.costDecisions = new CostDecisionRules(clock);
        this.withdrawal = new Withdrawal(requests, clock);
        this.reminders = new Reminders(costReminderAfter, clock.getZone());
        this.clock = clock;
    }

    /**
     * Routes a newly submitted application, each choice in rank order.
     *
     * @param receivedAt when the application reached Studiebro (its record's timestamp): deadlines are judged by
     *                   it, not by when routing got to it
     */
    public RoutingOutcome route(ApplicationSubmitted submitted, Instant receivedAt) {
        String home = submitted.getApplicant().getHomeMunicipality();
        if (!references.isMunicipality(home)) {
            return RoutingOutcome.unprocessable("home municipality " + home + " is not registered");
        }
        Instant now = clock.instant();
        LocalDate day = LocalDate.ofInstant(receivedAt, clock.getZone());
        ApplicationRouting received = ApplicationRouting.received(submitted, submitted.getChoices().stream()
                .sorted(Comparator.comparing(CourseChoice::getRank))
                .map(wish -> choiceRouting.route(wish, home, day, now))
                .toList());
        RoutingEvents events = new RoutingEvents(submitted.getMetadata(), received.correlationId(), now);
        List<SpecificRecord> out = new ArrayList<>();
        List<RoutedChoice> choices = new ArrayList<>();
        for (RoutedChoice choice : received.choices()) {
            choices.add(requests.open(received, choice, events, out));
        }
        ApplicationRouting application = received.next(choices);
        out.add(events.statusChanged(application, Decision.byRouting("ROUTED",
                "application routed to the seat owners and home municipality its choices need", now).change(null)));
        return RoutingOutcome.changed(application, out);
    }

    /** A seat owner's decision; {@code seatOwner} is the party whose decision topic it came on. */
    public RoutingOutcome onSeatDecided(ApplicationRouting application, SeatDecided decision, String seatOwner) {
        return seatDecisions.onSeatDecided(application, decision, seatOwner);
    }

    /** A home municipality's cost decision; {@code municipality} is the party whose decision topic it came on. */
    public RoutingOutcome onCostDecided(ApplicationRouting application, CostDecided decision, String municipality) {
        return costDecisions.onCostDecided(application, decision, municipality);
    }

    public RoutingOutcome onWithdrawal(ApplicationRouting application, ApplicationWithdrawalRequested request) {
        return withdrawal.onWithdrawal(application, request);
    }

    /** Reminds the home municipality of every cost request of the application whose reminder is due by now. */
    public RoutingOutcome remind(ApplicationRouting application, Instant now) {
        return reminders.remind(application, now);
    }
}
