package org.studiebro.benchmark.load;

/**
 * A record about one application seen on a topic, at the moment this JVM's consumer received it.
 *
 * @param eventId   the status event's id (STATUS), or the status event a notification is about (LEARNER_EMAIL)
 * @param detail    the overall status (STATUS)
 * @param valueSize the serialized size of the record's value in bytes
 */
record Observation(Kind kind, long atNanos, String eventId, String detail, int valueSize) {

    enum Kind { SUBMITTED, STATUS, SEAT_REQUESTED, SEAT_WITHDRAWN, LEARNER_EMAIL, OTHER_NOTIFICATION }
}
