package org.studiebro.reference.seatowner;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

import org.studiebro.events.EventMetadata;
import org.studiebro.events.SeatDecided;
import org.studiebro.events.SeatRequestEvent;
import org.studiebro.schemas.Events;

/** Turns an answer, the rules' or an officer's, into the SeatDecided event on the seat owner's decision topic. */
final class SeatDecisions {

    /** The reference seat owner as metadata.producer, and as decidedBy when its rules decide. */
    static final String DECIDED_BY = "reference-seat-owner";

    private SeatDecisions() {
    }

    /**
     * The event id follows from the causing request and the application, so a decision made again after an
     * aborted transaction carries the same id. A decision for another application (a freed seat) keeps that
     * application's correlation id; its causation is still the request that freed the seat.
     */
    static SeatDecided of(SeatAnswer answer, SeatRequestEvent cause, Instant at) {
        SeatHolder holder = answer.holder();
        EventMetadata metadata = EventMetadata.newBuilder(
                        Events.derivedMetadata(cause.getMetadata(), "seat-decided/" + holder.applicationId(),
                                DECIDED_BY, at))
                .setCorrelationId(holder.correlationId())
                .build();
        return decided(answer, metadata, cause.getSeatOwner(), cause.getCourseEventId(), DECIDED_BY);
    }

    /** The event id follows from the officer's decision id; the cause is the request decided on. */
    static SeatDecided byOfficer(SeatAnswer answer, PendingSeatRequest asked, ManualSeatDecision decision) {
        SeatHolder holder = answer.holder();
        EventMetadata metadata = EventMetadata.newBuilder()
                .setEventId(UUID.nameUUIDFromBytes(("seat-decided/" + decision.decisionId() + "/"
                        + holder.applicationId()).getBytes(StandardCharsets.UTF_8)).toString())
                .setOccurredAt(decision.decidedAt())
                .setCorrelationId(holder.correlationId())
                .setCausationId(asked.requestEventId())
                .setProducer(DECIDED_BY)
                .build();
        return decided(answer, metadata, asked.seatOwner(), asked.courseEventId(), decision.decidedBy());
    }

    /**
     * A reserve-position update from the walk over a course event's reserve list: its cause is the request that moved
     * the list last, and its event id follows from that cause, the application and the position, so that a walk
     * made again after an aborted transaction gives the same ids.
     */
    static SeatDecided reserveUpdate(SeatAnswer answer, String courseEventId, ReserveListChange cause, Instant at) {
        SeatHolder holder = answer.holder();
        EventMetadata metadata = EventMetadata.newBuilder()
                .setEventId(UUID.nameUUIDFromBytes(("seat-decided/" + cause.causeEventId() + "/reserve-position/"
                        + holder.applicationId() + "/" + answer.reservePosition()).getBytes(StandardCharsets.UTF_8))
                        .toString())
                .setOccurredAt(at)
                .setCorrelationId(holder.correlationId())
                .setCausationId(cause.causeEventId())
                .setProducer(DECIDED_BY)
                .build();
        return decided(answer, metadata, cause.seatOwner(), courseEventId, DECIDED_BY);
    }

    private static SeatDecided decided(SeatAnswer answer, EventMetadata metadata, String seatOwner,
            String courseEventId, String decidedBy) {
        return SeatDecided.newBuilder()
                .setMetadata(metadata)
                .setApplicationId(answer.holder().applicationId())
                .setSeatOwner(seatOwner)
                .setCourseEventId(courseEventId)
                .setChoiceRank(answer.holder().choiceRank())
                .setOutcome(answer.outcome())
                .setReservePosition(answer.reservePosition())
                .setReasonCode(answer.reasonCode())
                .setReason(answer.reason())
                .setDecidedBy(decidedBy)
                .build();
    }
}
