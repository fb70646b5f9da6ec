package org.studiebro.reference.seatowner;

import org.studiebro.events.CourseEventPublished;
import org.studiebro.events.SeatRequestEvent;

/** A seat request joined with its course event as the catalog knows it (null when unknown). */
record SeatRequestForCourse(SeatRequestEvent request, CourseEventPublished course) {
}
