package org.studiebro.reference.seatowner;

/**
 * Keys of the seat owner's ordered stores. Every key starts with the course event id and a NUL separator, which
 * sorts below every character of an id, so that a course event's keys are one contiguous range and never mix with
 * those of an event whose id starts the same. A reserve's key continues with its {@link ReserveRank} and its
 * application id, so the byte order of the keys (the stores' order) is the order of the reserve list.
 */
final class SeatKeys {

    private static final char SEPARATOR = '\u0000';
    private static final char PAST_SEPARATOR = '\u0001';
    /** Sorts after every digit: the end of the ranks that start with a section. */
    private static final char PAST_DIGITS = ':';

    private SeatKeys() {
    }

    /** A holder of a seat or reserve place, and a changed reserve list's mark: by course event and application. */
    static String holder(String courseEventId, String applicationId) {
        return courseEventId + SEPARATOR + applicationId;
    }

    static String reserve(String courseEventId, String rank, String applicationId) {
        return courseEventId + SEPARATOR + rank + SEPARATOR + applicationId;
    }

    /** The rank part of a reserve key of the course event. */
    static String rankOf(String courseEventId, String reserveKey) {
        int start = courseEventId.length() + 1;
        return reserveKey.substring(start, reserveKey.indexOf(SEPARATOR, start));
    }

    /** Below every key of the course event. */
    static String first(String courseEventId) {
        return courseEventId + SEPARATOR;
    }

    /** Above every key of the course event; never a key itself. */
    static String last(String courseEventId) {
        return courseEventId + PAST_SEPARATOR;
    }

    /** Below every reserve key of the course event in the section. */
    static String sectionFirst(String courseEventId, String section) {
        return courseEventId + SEPARATOR + section;
    }

    /** Above every reserve key of the course event in the section; never a key itself. */
    static String sectionLast(String courseEventId, String section) {
        return courseEventId + SEPARATOR + section + PAST_DIGITS;
    }
}
