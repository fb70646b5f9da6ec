package org.studiebro.reference.seatowner;

import java.util.Comparator;

import org.studiebro.events.SeatRequestEvent;
import org.studiebro.events.SeatRequested;

/**
 * One application holding a seat or a place on the reserve list of a course event: what the seat owner keeps to
 * rank it and to tell it later that its seat came free or its reserve position changed.
 *
 * @param priorityGroup 1 (greatest need) to 5, or null when unknown
 * @param submittedAt when the learner submitted the application, epoch milliseconds
 * @param correlationId the application's correlation id, for decisions the application did not itself cause
 * @param toldReservePosition the reserve position the application was last told; null when there is none to
 *        remember (admitted, not decided yet)
 */
record SeatHolder(String applicationId, int choiceRank, Integer priorityGroup, long submittedAt,
        String correlationId, Integer toldReservePosition) {

    /** Förordning (2011:1108) 3 kap. 7 §: priority group first (unknown last), then the earlier application. */
    static final Comparator<SeatHolder> RESERVE_ORDER = Comparator
            .comparing(SeatHolder::priorityGroup, Comparator.nullsLast(Comparator.<Integer>naturalOrder()))
            .thenComparingLong(SeatHolder::submittedAt)
            .thenComparing(SeatHolder::applicationId);

    static SeatHolder of(SeatRequestEvent request, SeatRequested requested) {
        return new SeatHolder(request.getApplicationId(), request.getChoiceRank(), requested.getPriorityGroup(),
                requested.getSubmittedAt().toEpochMilli(), request.getMetadata().getCorrelationId(), null);
    }

    /** This holder, having been told its reserve position. */
    SeatHolder told(int reservePosition) {
        return new SeatHolder(applicationId, choiceRank, priorityGroup, submittedAt, correlationId, reservePosition);
    }

    /** This holder with a seat: no reserve position left to remember. */
    SeatHolder asAdmitted() {
        return new SeatHolder(applicationId, choiceRank, priorityGroup, submittedAt, correlationId, null);
    }
}
