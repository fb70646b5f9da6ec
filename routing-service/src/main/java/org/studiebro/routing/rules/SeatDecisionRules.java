package org.studiebro.routing.rules;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.apache.avro.specific.SpecificRecord;
import org.studiebro.events.Authority;
import org.studiebro.events.ChoiceState;
import org.studiebro.events.SeatDecided;

/**
 * A seat owner's decision on one choice, and what it does to the other choices: the learner is offered at most one
 * choice, the highest ranked one admitted, so an admission withdraws every choice below it; and when an admitted
 * course is cancelled, the choices withdrawn for its sake are routed again.
 */
final class SeatDecisionRules {

    static final String HIGHER_CHOICE_ADMITTED = "HIGHER_CHOICE_ADMITTED";

    private final ChoiceRouting choiceRouting;
    private final ChoiceRequests requests;
    private final Clock clock;

    SeatDecisionRules(ChoiceRouting choiceRouting, ChoiceRequests requests, Clock clock) {
        this.choiceRouting = choiceRouting;
        this.requests = requests;
        this.clock = clock;
    }

    /** {@code seatOwner} is the party whose decision topic the decision came on. */
    RoutingOutcome onSeatDecided(ApplicationRouting application, SeatDecided decision, String seatOwner) {
        if (!seatOwner.equals(decision.getSeatOwner())) {
            return RoutingOutcome.unprocessable("decision names seat owner " + decision.getSeatOwner()
                    + " but came from seat owner " + seatOwner);
        }
        Optional<RoutedChoice> found = application.choice(decision.getChoiceRank())
                .filter(choice -> choice.courseEventId().equals(decision.getCourseEventId()))
                .filter(choice -> seatOwner.equals(choice.seatOwner()));
        if (found.isEmpty()) {
            return RoutingOutcome.unprocessable("no choice " + decision.getChoiceRank() + " of course event "
                    + decision.getCourseEventId() + " at seat owner " + seatOwner);
        }
        RoutedChoice choice = found.get();
        ChoiceState state = switch (decision.getOutcome()) {
            case ADMITTED -> ChoiceState.ADMITTED;
            case RESERVE -> ChoiceState.RESERVE;
            case NOT_ELIGIBLE -> ChoiceState.NOT_ELIGIBLE;
            case NOT_ADMITTED -> ChoiceState.NOT_ADMITTED;
            case COURSE_CANCELLED -> ChoiceState.COURSE_CANCELLED;
            case UNKNOWN -> null;
        };
        if (state == null) {
            return RoutingOutcome.unprocessable("unknown seat outcome");
        }
        // A seat owner may still cancel a course it admitted to; every other late or repeated decision is ignored.
        boolean admittedCourseCancelled = choice.state() == ChoiceState.ADMITTED
                && state == ChoiceState.COURSE_CANCELLED;
        if (!choice.awaitingSeatOwner() && !admittedCourseCancelled) {
            return RoutingOutcome.ignored();
        }
        Instant now = clock.instant();
        Decision decided = new Decision(Authority.SEAT_OWNER, seatOwner + "/" + decision.getDecidedBy(),
                decision.getReasonCode(), decision.getReason(), now);
        RoutedChoice changed = choice.decided(state, decided);
        if (state == ChoiceState.RESERVE) {
            changed = changed.onReserve(decision.getReservePosition());
        }
        RoutingEvents events = new RoutingEvents(decision.getMetadata(), application.correlationId(), now);
        List<SpecificRecord> out = new ArrayList<>();
        List<RoutedChoice> choices = application.choicesWith(changed);
        if (state == ChoiceState.ADMITTED) {
            choices = withdrawBelow(application, choices, choice.rank(), events, out, now);
        } else if (admittedCourseCancelled) {
            choices = rerouteBelow(application, choices, choice.rank(), events, out, now);
        }
        ApplicationRouting next = application.next(choices);
        out.add(events.statusChanged(next, decided.change(choice.rank())));
        return RoutingOutcome.changed(next, out);
    }

    /** Withdraws every choice ranked below the admitted one that a seat owner or home municipality still holds. */
    private List<RoutedChoice> withdrawBelow(ApplicationRouting application, List<RoutedChoice> choices,
            int admittedRank, RoutingEvents events, List<SpecificRecord> out, Instant now) {
        Decision withdrawal = Decision.byRouting(HIGHER_CHOICE_ADMITTED, "choice " + admittedRank
                + " was admitted; a learner is offered at most one of the choices", now);
        List<RoutedChoice> result = new ArrayList<>();
        for (RoutedChoice choice : choices) {
            result.add(choice.rank() > admittedRank
                    ? requests.withdraw(application, choice, withdrawal, events, out)
                    : choice);
        }
        return result;
    }

    /**
     * Routes again, from scratch, the choices below the cancelled one that were withdrawn because it (or a choice
     * it in turn displaced) was admitted: with the admission gone, nothing ranked above them holds a seat.
     */
    private List<RoutedChoice> rerouteBelow(ApplicationRouting application, List<RoutedChoice> choices,
            int cancelledRank, RoutingEvents events, List<SpecificRecord> out, Instant now) {
        // Deadlines are judged by the day the learner applied: the application was in time, whatever day it is now.
        LocalDate applied = LocalDate.ofInstant(application.submittedAt(), clock.getZone());
        List<RoutedChoice> result = new ArrayList<>();
        for (RoutedChoice choice : choices) {
            if (choice.rank() > cancelledRank && choice.withdrawnFor(HIGHER_CHOICE_ADMITTED)) {
                RoutedChoice rerouted = choiceRouting.reroute(choice, application.homeMunicipality(), applied, now);
                result.add(requests.open(application, rerouted, events, out));
            } else {
                result.add(choice);
            }
        }
        return result;
    }
}
