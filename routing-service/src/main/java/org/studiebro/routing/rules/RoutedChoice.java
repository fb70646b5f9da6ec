package org.studiebro.routing.rules;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

import org.studiebro.events.Authority;
import org.studiebro.events.ChoiceState;
import org.studiebro.events.ChoiceStatus;
import org.studiebro.events.CostDecisionState;
import org.studiebro.events.CourseEventPublished;

/**
 * Where one ranked choice of an application stands.
 *
 * @param costRequest the open cost request while the choice awaits its cost decision, otherwise null
 */
record RoutedChoice(int rank, String courseEventId, String courseCode, String courseName, String seatOwner,
        String principalMunicipality, CostDecisionState costDecision, ChoiceState state, Integer reservePosition,
        Authority authority, String decidedBy, String reasonCode, String reason, Instant changedAt,
        CostRequest costRequest) {

    private static final Set<ChoiceState> AWAITING_SEAT_OWNER = EnumSet.of(ChoiceState.SEAT_REQUESTED,
            ChoiceState.RESERVE);
    private static final Set<ChoiceState> HOLDING_A_SEAT_REQUEST = EnumSet.of(ChoiceState.SEAT_REQUESTED,
            ChoiceState.RESERVE, ChoiceState.ADMITTED);

    /** A choice whose course event is not in the catalog. */
    static RoutedChoice unknownCourse(int rank, String courseEventId, Decision decision) {
        return new RoutedChoice(rank, courseEventId, null, null, null, null, CostDecisionState.UNKNOWN,
                ChoiceState.UNKNOWN_COURSE, null, decision.authority(), decision.decidedBy(), decision.reasonCode(),
                decision.reason(), decision.at(), null);
    }

    /** A choice of a course event in the catalog. */
    static RoutedChoice of(int rank, CourseEventPublished event, CostDecisionState costDecision, ChoiceState state,
            Decision decision) {
        return new RoutedChoice(rank, event.getCourseEventId(), event.getCourseCode(), event.getCourseName(),
                event.getSeatOwner(), event.getPrincipalMunicipality(), costDecision, state, null,
                decision.authority(), decision.decidedBy(), decision.reasonCode(), decision.reason(), decision.at(),
                null);
    }

    /** A decision moves the choice on; whatever cost request it awaited is answered or withdrawn by it. */
    RoutedChoice decided(ChoiceState newState, Decision decision) {
        return new RoutedChoice(rank, courseEventId, courseCode, courseName, seatOwner, principalMunicipality,
                costDecision, newState, null, decision.authority(), decision.decidedBy(), decision.reasonCode(),
                decision.reason(), decision.at(), null);
    }

    RoutedChoice onReserve(Integer position) {
        return new RoutedChoice(rank, courseEventId, courseCode, courseName, seatOwner, principalMunicipality,
                costDecision, state, position, authority, decidedBy, reasonCode, reason, changedAt, costRequest);
    }

    RoutedChoice withCostDecision(CostDecisionState newCostDecision) {
        return new RoutedChoice(rank, courseEventId, courseCode, courseName, seatOwner, principalMunicipality,
                newCostDecision, state, reservePosition, authority, decidedBy, reasonCode, reason, changedAt,
                costRequest);
    }

    RoutedChoice costRequested(CostRequest request) {
        return new RoutedChoice(rank, courseEventId, courseCode, courseName, seatOwner, principalMunicipality,
                costDecision, state, reservePosition, authority, decidedBy, reasonCode, reason, changedAt, request);
    }

    /** Still awaiting the cost decision, now reminded; the next reminder is due at {@code nextReminder}. */
    RoutedChoice reminded(Decision decision, Instant nextReminder) {
        return new RoutedChoice(rank, courseEventId, courseCode, courseName, seatOwner, principalMunicipality,
                costDecision, state, reservePosition, decision.authority(), decision.decidedBy(),
                decision.reasonCode(), decision.reason(), decision.at(), costRequest.reminded(nextReminder));
    }

    /** The seat owner has yet to decide, or may still admit from its reserve list. */
    boolean awaitingSeatOwner() {
        return AWAITING_SEAT_OWNER.contains(state);
    }

    /** A seat owner holds a request (or an admission) for this choice that a withdrawal would free. */
    boolean holdsSeatRequest() {
        return HOLDING_A_SEAT_REQUEST.contains(state);
    }

    boolean awaitingCostDecision() {
        return state == ChoiceState.AWAITING_COST_DECISION;
    }

    boolean withdrawnFor(String withdrawalReasonCode) {
        return state == ChoiceState.WITHDRAWN && withdrawalReasonCode.equals(reasonCode);
    }

    ChoiceStatus toStatus() {
        return ChoiceStatus.newBuilder()
                .setRank(rank)
                .setCourseEventId(courseEventId)
                .setCourseCode(courseCode)
                .setCourseName(courseName)
                .setSeatOwner(seatOwner)
                .setPrincipalMunicipality(principalMunicipality)
                .setCostDecision(costDecision)
                .setState(state)
                .setReservePosition(reservePosition)
                .setAuthority(authority)
                .setDecidedBy(decidedBy)
                .setReasonCode(reasonCode)
                .setReason(reason)
                .setChangedAt(changedAt)
                .build();
    }
}
