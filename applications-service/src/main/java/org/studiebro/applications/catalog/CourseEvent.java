package org.studiebro.applications.catalog;

import java.time.LocalDate;

import org.studiebro.events.CourseEventPublished;

/** One run of a course as upstream forms see it in GET /api/v1/course-events. */
record CourseEvent(
        String id,
        String courseCode,
        String courseName,
        String kind,
        String providerId,
        String seatOwner,
        String principalMunicipality,
        String place,
        LocalDate startDate,
        LocalDate endDate,
        int pacePercent,
        String instructionLanguage,
        int seatsOffered,
        String status,
        LocalDate applicationDeadline) {

    static CourseEvent of(CourseEventPublished published) {
        return new CourseEvent(published.getCourseEventId(), published.getCourseCode(), published.getCourseName(),
                published.getCourseKind().name(), published.getProviderId(), published.getSeatOwner(),
                published.getPrincipalMunicipality(), published.getPlace(), published.getStartDate(),
                published.getEndDate(), published.getPacePercent(), published.getInstructionLanguage(),
                published.getSeats(), published.getStatus().name(), published.getApplicationDeadline());
    }
}
