package org.studiebro.routing.rules;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.apache.avro.specific.SpecificRecord;
import org.studiebro.events.Authority;
import org.studiebro.events.ChoiceState;
import org.studiebro.events.CostDecided;
import org.studiebro.events.CostDecisionState;

/**
 * A home municipality's cost decision on one choice: an approval sends the seat request, a refusal closes the choice
 * with the municipality's reason and how to appeal. The other choices were routed in parallel and stay as they are.
 */
final class CostDecisionRules {

    /** The refusal's reason code; the municipality's own grounds are in the reason, which services show as given. */
    static final String COST_REFUSED = "COST_REFUSED";

    private final Clock clock;

    CostDecisionRules(Clock clock) {
        this.clock = clock;
    }

    /** {@code municipality} is the party whose decision topic the decision came on. */
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
                decided = new Decision(Authority.HOME_MUNICIPALITY, decidedBy, COST_REFUSED,
                        decision.getReason() + " " + AppealText.forHomeMunicipality(municipality), now);
                changed = choice.withCostDecision(CostDecisionState.REFUSED)
                        .decided(ChoiceState.COST_REFUSED, decided);
            }
            default -> {
                return RoutingOutcome.unprocessable("unknown cost outcome");
            }
        }
        RoutingEvents events = new RoutingEvents(decision.getMetadata(), application.correlationId(), now);
        List<SpecificRecord> out = new ArrayList<>();
        ApplicationRouting next = application.next(application.choicesWith(changed));
        if (changed.state() == ChoiceState.SEAT_REQUESTED) {
            out.add(events.seatRequested(next, changed));
        }
        out.add(events.statusChanged(next, decided.change(choice.rank())));
        return RoutingOutcome.changed(next, out);
    }
}
