package org.studiebro.reference.seatowner;

import org.studiebro.events.SeatOutcome;

/** One decision the seat owner gives, before it becomes a SeatDecided event. */
record SeatAnswer(SeatHolder holder, SeatOutcome outcome, Integer reservePosition, String reasonCode,
        String reason) {

    static SeatAnswer admitted(SeatHolder holder, String reasonCode, String reason) {
        return new SeatAnswer(holder, SeatOutcome.ADMITTED, null, reasonCode, reason);
    }

    static SeatAnswer reserve(SeatHolder holder, int position, String reasonCode, String reason) {
        return new SeatAnswer(holder, SeatOutcome.RESERVE, position, reasonCode, reason);
    }
}
