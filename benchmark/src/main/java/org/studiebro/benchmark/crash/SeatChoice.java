package org.studiebro.benchmark.crash;

/** One choice of an application that the routing-service sent to its seat owner. */
record SeatChoice(String applicationId, String courseEventId) {
}
