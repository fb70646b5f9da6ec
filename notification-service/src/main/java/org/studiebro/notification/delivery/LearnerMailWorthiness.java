package org.studiebro.notification.delivery;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import org.studiebro.events.ApplicationState;
import org.studiebro.events.ApplicationStatusChanged;
import org.studiebro.events.ChoiceState;
import org.studiebro.events.ChoiceStatus;
import org.studiebro.notification.StatusChanges;

/**
 * Which status changes are worth an e-mail to the learner. E-mail was the largest cost of the platform and most of
 * an application's ~3.4 status changes only say that it is still waiting (routed on, a cost approval that sends it to
 * the seat owner, a reminder to the home municipality, a reserve moving up a place): the learner's status page always
 * shows those. The learner is e-mailed when the application is received, when a decision changes what they can do
 * (offered a seat, refused as not eligible or not admitted, the cost refused with how to appeal, a withdrawal, a
 * course closed, unknown or cancelled) and when the application has reached its end. A reserve place is e-mailed
 * when the choice is put on the reserve list; later moves on the list are coalesced per learner
 * ({@link Verdict#RESERVE_MOVE}).
 */
final class LearnerMailWorthiness {

    /** The seat owner's reason code for a reserve who moved on the list (reference-parties' SeatAllocation). */
    static final String RESERVE_POSITION_CHANGED = "RESERVE_POSITION_CHANGED";

    /** A choice in one of these states is decided: the learner has something new to do or to know. */
    private static final Set<ChoiceState> DECIDED = EnumSet.of(ChoiceState.ADMITTED, ChoiceState.NOT_ELIGIBLE,
            ChoiceState.NOT_ADMITTED, ChoiceState.COST_REFUSED, ChoiceState.COURSE_CANCELLED, ChoiceState.WITHDRAWN,
            ChoiceState.UNKNOWN_COURSE, ChoiceState.COURSE_CLOSED);

    /** A choice in one of these states still waits on someone; once none does, the application is at its end. */
    private static final Set<ChoiceState> OPEN = EnumSet.of(ChoiceState.RECEIVED, ChoiceState.AWAITING_COST_DECISION,
            ChoiceState.SEAT_REQUESTED, ChoiceState.RESERVE);

    enum Verdict {
        /** The learner is e-mailed. */
        MAIL,
        /** A move on the reserve list: e-mailed unless the learner was e-mailed within the reserve-move period. */
        RESERVE_MOVE,
        /** Only the status page tells: the application is still waiting on someone. */
        NO_MAIL
    }

    private LearnerMailWorthiness() {
    }

    static Verdict of(ApplicationStatusChanged event) {
        if (event.getVersion() == 1 || event.getStatus() == ApplicationState.WITHDRAWN || atItsEnd(event)) {
            return Verdict.MAIL;
        }
        Optional<ChoiceStatus> changed = StatusChanges.changedChoice(event);
        if (changed.filter(choice -> DECIDED.contains(choice.getState())).isPresent()) {
            return Verdict.MAIL;
        }
        if (changed.filter(choice -> choice.getState() == ChoiceState.RESERVE).isPresent()) {
            return RESERVE_POSITION_CHANGED.equals(event.getChange().getReasonCode())
                    ? Verdict.RESERVE_MOVE : Verdict.MAIL;
        }
        return Verdict.NO_MAIL;
    }

    private static boolean atItsEnd(ApplicationStatusChanged event) {
        return event.getChoices().stream().noneMatch(choice -> OPEN.contains(choice.getState()));
    }
}
