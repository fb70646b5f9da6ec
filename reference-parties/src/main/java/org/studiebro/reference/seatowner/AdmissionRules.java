package org.studiebro.reference.seatowner;

import java.util.Optional;
import java.util.Set;

import org.studiebro.events.CourseEventPublished;
import org.studiebro.events.CourseEventStatus;
import org.studiebro.events.SeatOutcome;

/** What is decided before any seat is counted: whether the course event runs and whether the applicant may take it. */
final class AdmissionRules {

    static final String COURSE_EVENT_UNKNOWN = "COURSE_EVENT_UNKNOWN";
    static final String COURSE_CANCELLED = "COURSE_CANCELLED";
    static final String NOT_ELIGIBLE = "NOT_ELIGIBLE";

    private final Set<String> notEligibleCourseCodes;

    AdmissionRules(Set<String> notEligibleCourseCodes) {
        this.notEligibleCourseCodes = Set.copyOf(notEligibleCourseCodes);
    }

    /** The refusal for this applicant, or empty when the seats decide. */
    Optional<SeatAnswer> refusal(SeatHolder applicant, CourseEventPublished course, String courseCode) {
        if (course == null) {
            return Optional.of(new SeatAnswer(applicant, SeatOutcome.COURSE_CANCELLED, null, COURSE_EVENT_UNKNOWN,
                    "Kurstillfället finns inte i katalogen"));
        }
        if (course.getStatus() == CourseEventStatus.CANCELLED) {
            return Optional.of(new SeatAnswer(applicant, SeatOutcome.COURSE_CANCELLED, null, COURSE_CANCELLED,
                    "Kurstillfället är inställt"));
        }
        if (notEligibleCourseCodes.contains(courseCode)) {
            return Optional.of(new SeatAnswer(applicant, SeatOutcome.NOT_ELIGIBLE, null, NOT_ELIGIBLE,
                    "Behörighet saknas"));
        }
        return Optional.empty();
    }

    /** Seats that can be given: none on a course event that is unknown or cancelled. */
    static int seatsOf(CourseEventPublished course) {
        return course == null || course.getStatus() == CourseEventStatus.CANCELLED ? 0 : course.getSeats();
    }
}
