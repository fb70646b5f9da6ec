package org.studiebro.reference.seatowner;

import org.studiebro.events.CourseEventPublished;

/** An officer's decision joined with its course event as the catalog knows it (null when unknown). */
record ManualSeatDecisionForCourse(ManualSeatDecision decision, CourseEventPublished course) {
}
