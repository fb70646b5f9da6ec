package org.studiebro.routing.rules;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

import org.studiebro.events.ChoiceState;
import org.studiebro.events.CostDecisionState;
import org.studiebro.events.CourseChoice;
import org.studiebro.events.CourseEventPublished;
import org.studiebro.events.CourseEventStatus;

/**
 * Where one choice of a newly submitted application goes: unknown course, closed course, the home municipality
 * for a cost decision, or straight to the seat owner.
 */
final class ChoiceRouting {

    private final RoutingReferences references;

    ChoiceRouting(RoutingReferences references) {
        this.references = references;
    }

    RoutedChoice route(CourseChoice wish, String home, LocalDate day, Instant now) {
        return route(wish, home, day, now, false);
    }

    /**
     * Routes a choice again from scratch, against the catalog as it is now, but keeps a cost its home municipality
     * already approved: routing never withdrew that approval, so asking again would only make the municipality
     * decide twice.
     */
    RoutedChoice reroute(RoutedChoice earlier, String home, LocalDate day, Instant now) {
        return route(new CourseChoice(earlier.rank(), earlier.courseEventId()), home, day, now,
                earlier.costDecision() == CostDecisionState.APPROVED);
    }

    private RoutedChoice route(CourseChoice wish, String home, LocalDate day, Instant now, boolean costApproved) {
        Optional<CourseEventPublished> found = references.courseEvent(wish.getCourseEventId());
        if (found.isEmpty()) {
            return RoutedChoice.unknownCourse(wish.getRank(), wish.getCourseEventId(), Decision.byRouting(
                    "UNKNOWN_COURSE", "course event " + wish.getCourseEventId() + " is not in the catalog", now));
        }
        CourseEventPublished event = found.get();
        String closed = closedReason(event, day);
        if (closed != null) {
            return RoutedChoice.of(wish.getRank(), event, CostDecisionState.UNKNOWN, ChoiceState.COURSE_CLOSED,
                    Decision.byRouting("COURSE_CLOSED", closed, now));
        }
        CostDecisionState cost = CostCoverage.costDecisionFor(home, event, references.cooperationAreas());
        if (cost == CostDecisionState.PENDING && costApproved) {
            cost = CostDecisionState.APPROVED;
        }
        if (cost == CostDecisionState.PENDING) {
            return RoutedChoice.of(wish.getRank(), event, cost, ChoiceState.AWAITING_COST_DECISION,
                    Decision.byRouting("COST_DECISION_REQUESTED", "home municipality " + home
                            + " is asked whether it pays for studies with " + event.getSeatOwner(), now));
        }
        return RoutedChoice.of(wish.getRank(), event, cost, ChoiceState.SEAT_REQUESTED,
                Decision.byRouting("SEAT_REQUESTED", "seat requested from " + event.getSeatOwner() + "; "
                        + switch (cost) {
                            case AUTOMATIC -> "the cooperation area's agreement settles the cost";
                            case APPROVED -> "the home municipality has approved the cost";
                            default -> "no cost decision is needed in the home municipality";
                        }, now));
    }

    private static String closedReason(CourseEventPublished event, LocalDate day) {
        String id = event.getCourseEventId();
        if (event.getStatus() == CourseEventStatus.CANCELLED) {
            return "course event " + id + " is cancelled";
        }
        if (event.getStatus() != CourseEventStatus.OPEN) {
            return "course event " + id + " is closed for applications";
        }
        LocalDate deadline = event.getApplicationDeadline();
        if (deadline != null && day.isAfter(deadline)) {
            return "the application deadline of course event " + id + ", " + deadline + ", has passed";
        }
        return null;
    }
}
