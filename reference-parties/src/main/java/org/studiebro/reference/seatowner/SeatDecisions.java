package org.studiebro.reference.seatowner;

import java.time.Instant;

import org.studiebro.events.EventMetadata;
import org.studiebro.events.SeatDecided;
import org.studiebro.events.SeatRequestEvent;
import org.studiebro.schemas.Events;

/** Turns an answer into the SeatDecided event on the seat owner's decision topic. */
final class SeatDecisions {

    static final String DECIDED_BY = "reference-seat-owner";

    private SeatDecisions() {
    }

    /**
     * The event id follows from the causing request and the application, so a decision made again after an
     * aborted transaction carries the same id. A decision for another application (freed seat, new reserve
     * position) keeps that application's correlation id; its causation is still the request that moved it.
     */
    static SeatDecided of(SeatAnswer answer, SeatRequestEvent cause, Instant at) {
        SeatHolder holder = answer.holder();
        EventMetadata metadata = EventMetadata.newBuilder(
                        Events.derivedMetadata(cause.getMetadata(), "seat-decided/" + holder.applicationId(),
                                DECIDED_BY, at))
                .setCorrelationId(holder.correlationId())
                .build();
        return SeatDecided.newBuilder()
                .setMetadata(metadata)
                .setApplicationId(holder.applicationId())
                .setSeatOwner(cause.getSeatOwner())
                .setCourseEventId(cause.getCourseEventId())
                .setChoiceRank(holder.choiceRank())
                .setOutcome(answer.outcome())
                .setReservePosition(answer.reservePosition())
                .setReasonCode(answer.reasonCode())
                .setReason(answer.reason())
                .setDecidedBy(DECIDED_BY)
                .build();
    }
}
