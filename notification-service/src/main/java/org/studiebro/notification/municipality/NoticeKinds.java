package org.studiebro.notification.municipality;

import java.util.Comparator;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import org.studiebro.events.ApplicationState;
import org.studiebro.events.ApplicationStatusChanged;
import org.studiebro.events.ChoiceState;
import org.studiebro.events.ChoiceStatus;
import org.studiebro.events.CostDecisionState;
import org.studiebro.events.NoticeKind;
import org.studiebro.notification.StatusChanges;

/** What a status event means to the home municipality, as the kind of its notice. */
public final class NoticeKinds {

    /** The home municipality pays when a choice goes to its seat owner under these cost decisions. */
    private static final Set<CostDecisionState> COMMITTING = EnumSet.of(CostDecisionState.AUTOMATIC,
            CostDecisionState.APPROVED);

    private NoticeKinds() {
    }

    /**
     * In this order: the first status of an application is its receipt, or, when it already sends a choice to its
     * seat owner under an agreement, the municipality's commitment to pay (the law says the home municipality is
     * still told); a withdrawal (of the application or the changed choice) is a withdrawal; a choice sent to its
     * seat owner with an automatic or approved cost decision commits the municipality to pay; anything else (a
     * seat owner's or the municipality's decision, or one of Studiebro's routing outcomes such as an unknown or
     * closed course) is a decision.
     */
    public static NoticeKind of(ApplicationStatusChanged event) {
        if (event.getVersion() == 1) {
            return committingChoice(event).isPresent() ? NoticeKind.COST_COMMITMENT : NoticeKind.APPLICATION_RECEIVED;
        }
        Optional<ChoiceStatus> changed = StatusChanges.changedChoice(event);
        if (event.getStatus() == ApplicationState.WITHDRAWN
                || changed.filter(choice -> choice.getState() == ChoiceState.WITHDRAWN).isPresent()) {
            return NoticeKind.WITHDRAWN;
        }
        if (changed.filter(NoticeKinds::commits).isPresent()) {
            return NoticeKind.COST_COMMITMENT;
        }
        return NoticeKind.DECISION;
    }

    /** The choice a notice is about: the changed one, else, on receipt, the first that commits the municipality. */
    public static Optional<ChoiceStatus> choiceOf(ApplicationStatusChanged event) {
        return StatusChanges.changedChoice(event).or(() -> event.getVersion() == 1
                ? committingChoice(event) : Optional.empty());
    }

    private static Optional<ChoiceStatus> committingChoice(ApplicationStatusChanged event) {
        return event.getChoices().stream()
                .filter(NoticeKinds::commits)
                .min(Comparator.comparingInt(ChoiceStatus::getRank));
    }

    private static boolean commits(ChoiceStatus choice) {
        return choice.getState() == ChoiceState.SEAT_REQUESTED && COMMITTING.contains(choice.getCostDecision());
    }
}
