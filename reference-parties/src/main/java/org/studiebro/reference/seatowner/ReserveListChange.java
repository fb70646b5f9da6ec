package org.studiebro.reference.seatowner;

/**
 * The mark of a course event whose reserves moved since the last reserve-position updates: the request (or the
 * officer's decision on it) that moved them last, the cause of the updates the next walk gives.
 *
 * @param causeEventId the event id of that request
 */
record ReserveListChange(String seatOwner, String causeEventId) {
}
