package org.studiebro.reference.municipality;

import java.time.Instant;

import org.studiebro.events.CourseKind;
import org.studiebro.reference.web.ApplicantView;

/** A pending cost request as the home municipality's officers see it. */
record CostRequestView(String applicationId, String courseEventId, int choiceRank, Course course,
        Instant requestedAt, ApplicantView applicant) {

    record Course(String code, String name, CourseKind kind) {
    }

    static CostRequestView of(PendingCostRequest pending) {
        return new CostRequestView(pending.applicationId(), pending.courseEventId(), pending.choiceRank(),
                new Course(pending.courseCode(), pending.courseName(), pending.courseKind()), pending.requestedAt(),
                new ApplicantView(pending.applicantName(), pending.maskedNationalId()));
    }
}
