package org.studiebro.reference.municipality;

import org.studiebro.events.CostDecisionRequested;
import org.studiebro.events.CostRequestEvent;
import org.studiebro.events.CourseKind;

/**
 * A cost request not answered yet (manual municipality), kept so that a reminder can still be answered once the
 * municipality answers automatically. Answered requests are not kept.
 */
record PendingCostRequest(String courseCode, CourseKind courseKind, int choiceRank, String correlationId) {

    static PendingCostRequest of(CostRequestEvent request, CostDecisionRequested requested) {
        return new PendingCostRequest(requested.getCourseCode(), requested.getCourseKind(), request.getChoiceRank(),
                request.getMetadata().getCorrelationId());
    }

    /** Store key: one application may ask its home municipality about several course events. */
    static String key(CostRequestEvent request) {
        return request.getApplicationId() + "/" + request.getCourseEventId();
    }
}
