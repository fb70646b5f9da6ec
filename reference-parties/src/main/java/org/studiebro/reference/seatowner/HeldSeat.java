package org.studiebro.reference.seatowner;

/**
 * What the seat owner keeps per application and course event (the per-application index): the holder, with the
 * reserve position it was last told, and its reserve rank, which locates it on the reserve list.
 *
 * @param reserveRank the {@link ReserveRank} on the reserve list; null when admitted
 */
record HeldSeat(SeatHolder holder, String reserveRank) {

    boolean onReserveList() {
        return reserveRank != null;
    }
}
