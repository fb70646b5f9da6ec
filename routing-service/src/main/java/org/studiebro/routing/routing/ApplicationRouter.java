package org.studiebro.routing.routing;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.apache.avro.specific.SpecificRecord;
import org.studiebro.events.ApplicationSubmitted;
import org.studiebro.events.Authority;
import org.studiebro.events.ChoiceState;
import org.studiebro.events.CostDecided;
import org.studiebro.events.CostDecisionState;
import org.studiebro.events.CourseChoice;
import org.studiebro.events.SeatDecided;

/**
 * The routing rules and the application's state machine, free of Kafka: what a submitted application, a seat
 * owner's decision or a home municipality's cost decision does to an application.
 */
final class ApplicationRouter {

    static final String APPEAL = "Beslutet kan överklagas till Skolväsendets överklagandenämnd inom tre veckor från"
            + " den dag du fick del av beslutet.";
    static final String HIGHER_CHOICE_ADMITTED = "HIGHER_CHOICE_ADMITTED";

    private final RoutingReferences references;
    private final ChoiceRouting choiceRouting;
    private final Clock clock;

    ApplicationRouter(RoutingReferences references, Clock clock) {
        this.references = references;
        this.choiceRouting = new ChoiceRouting(references);
        this.clock = clock;
    }

    /**
     * Routes a newly submitted application, each choice in rank order.
     *
     * @param receivedAt when the application reached Studiebro (its record's timestamp): deadlines are judged by
     *                   it, not by when routing got to it
     */
    RoutingOutcome route(ApplicationSubmitted submitted, Instant receivedAt) {
        String home = submitted.getApplicant().getHomeMunicipality();
        if (!references.isMunicipality(home)) {
            return RoutingOutcome.unprocessable("home municipality " + home + " is not registered");
        }
        Instant now = clock.instant();
        LocalDate day = LocalDate.ofInstant(receivedAt, clock.getZone());
        List<RoutedChoice> choices = submitted.getChoices().stream()
                .sorted(Comparator.comparing(CourseChoice::getRank))
                .map(wish -> choiceRouting.route(wish, home, day, now))
                .toList();
        ApplicationRouting application = new ApplicationRouting(submitted.getApplicationId(),
                submitted.getMetadata().getCorrelationId(), RoutedApplicant.from(submitted.getApplicant()),
                submitted.getMetadata().getOccurredAt(), submitted.getPriorityGroup(), 1, choices);
        RoutingEvents events = new RoutingEvents(submitted.getMetadata(), application.correlationId(), now);
        List<SpecificRecord> out = new ArrayList<>();
        for (RoutedChoice choice : choices) {
            if (choice.state() == ChoiceState.SEAT_REQUESTED) {
                out.add(events.seatRequested(application, choice));
            } else if (choice.awaitingCostDecision()) {
                out.add(events.costRequested(application, choice,
                        references.courseEvent(choice.courseEventId()).orElseThrow()));
            }
        }
        out.add(events.statusChanged(application, Decision.byRouting("ROUTED",
                "application routed to the seat owners and home municipality its choices need", now).change(null)));
        return RoutingOutcome.changed(application, out);
    }

    /** A seat owner's decision; {@code seatOwner} is the party whose decision topic it came on. */
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
        if (!choice.awaitingSeatOwner()) {
            return RoutingOutcome.ignored();
        }
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
        Instant now = clock.instant();
        Decision decided = new Decision(Authority.SEAT_OWNER, seatOwner + "/" + decision.getDecidedBy(),
                decision.getReasonCode(), decision.getReason(), now);
        RoutedChoice changed = choice.decided(state, decided);
        if (state == ChoiceState.RESERVE) {
            changed = changed.onReserve(decision.getReservePosition());
        }
        RoutingEvents events = new RoutingEvents(decision.getMetadata(), application.correlationId(), now);
        List<SpecificRecord> out = new ArrayList<>();
        List<RoutedChoice> choices = replace(application.choices(), changed);
        if (state == ChoiceState.ADMITTED) {
            choices = withdrawBelow(application, choices, choice.rank(), events, out, now);
        }
        ApplicationRouting next = application.next(choices);
        out.add(events.statusChanged(next, decided.change(choice.rank())));
        return RoutingOutcome.changed(next, out);
    }

    /** A home municipality's cost decision; {@code municipality} is the party whose decision topic it came on. */
    RoutingOutcome onCostDecided(ApplicationRouting application, CostDecided decision, String municipality) {
        if (!municipality.equals(decision.getHomeMunicipality())
                || !municipality.equals(application.homeMunicipality())) {
            return RoutingOutcome.unprocessable("cost decision from " + municipality
                    + ", which is not the applicant's home municipality");
        }
        Optional<RoutedChoice> found = application.choice(decision.getChoiceRank())
                .filter(choice -> choice.courseEventId().equals(decision.getCourseEventId()));
        if (found.isEmpty()) {
            return RoutingOutcome.unprocessable("no choice " + decision.getChoiceRank() + " of course event "
                    + decision.getCourseEventId());
        }
        RoutedChoice choice = found.get();
        if (!choice.awaitingCostDecision()) {
            return RoutingOutcome.ignored();
        }
        Instant now = clock.instant();
        String decidedBy = municipality + "/" + decision.getDecidedBy();
        RoutingEvents events = new RoutingEvents(decision.getMetadata(), application.correlationId(), now);
        List<SpecificRecord> out = new ArrayList<>();
        Decision decided;
        RoutedChoice changed;
        switch (decision.getOutcome()) {
            case APPROVED -> {
                decided = new Decision(Authority.HOME_MUNICIPALITY, decidedBy, decision.getReasonCode(),
                        decision.getReason(), now);
                changed = choice.withCostDecision(CostDecisionState.APPROVED)
                        .decided(ChoiceState.SEAT_REQUESTED, decided);
            }
            case REFUSED -> {
                decided = new Decision(Authority.HOME_MUNICIPALITY, decidedBy, decision.getReasonCode(),
                        decision.getReason() + " " + APPEAL, now);
                changed = choice.withCostDecision(CostDecisionState.REFUSED)
                        .decided(ChoiceState.COST_REFUSED, decided);
            }
            default -> {
                return RoutingOutcome.unprocessable("unknown cost outcome");
            }
        }
        ApplicationRouting next = application.next(replace(application.choices(), changed));
        if (changed.state() == ChoiceState.SEAT_REQUESTED) {
            out.add(events.seatRequested(next, changed));
        }
        out.add(events.statusChanged(next, decided.change(choice.rank())));
        return RoutingOutcome.changed(next, out);
    }

    /** Withdraws every choice ranked below the admitted one that a seat owner or home municipality still holds. */
    private static List<RoutedChoice> withdrawBelow(ApplicationRouting application, List<RoutedChoice> choices,
            int admittedRank, RoutingEvents events, List<SpecificRecord> out, Instant now) {
        Decision withdrawal = Decision.byRouting(HIGHER_CHOICE_ADMITTED, "choice " + admittedRank
                + " was admitted; a learner is offered at most one of the choices", now);
        List<RoutedChoice> result = new ArrayList<>();
        for (RoutedChoice choice : choices) {
            boolean below = choice.rank() > admittedRank;
            if (below && choice.holdsSeatRequest()) {
                out.add(events.seatRequestWithdrawn(application, choice, withdrawal));
                result.add(choice.decided(ChoiceState.WITHDRAWN, withdrawal));
            } else if (below && choice.awaitingCostDecision()) {
                out.add(events.costRequestWithdrawn(application, choice, withdrawal));
                result.add(choice.decided(ChoiceState.WITHDRAWN, withdrawal));
            } else {
                result.add(choice);
            }
        }
        return result;
    }

    private static List<RoutedChoice> replace(List<RoutedChoice> choices, RoutedChoice changed) {
        return choices.stream().map(choice -> choice.rank() == changed.rank() ? changed : choice).toList();
    }
}
