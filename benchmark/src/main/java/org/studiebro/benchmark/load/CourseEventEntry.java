package org.studiebro.benchmark.load;

import java.time.LocalDate;

import com.fasterxml.jackson.databind.JsonNode;

/** What the load needs of a course event in GET /api/v1/course-events. */
record CourseEventEntry(String id, String principalMunicipality, String seatOwner, String status,
        LocalDate applicationDeadline) {

    static CourseEventEntry from(JsonNode json) {
        String deadline = json.path("applicationDeadline").asText(null);
        return new CourseEventEntry(json.path("id").asText(), json.path("principalMunicipality").asText(),
                json.path("seatOwner").asText(), json.path("status").asText("UNKNOWN"),
                deadline == null || deadline.isEmpty() ? null : LocalDate.parse(deadline));
    }

    /** Open, and its application deadline (if any) not passed: routing sends a seat request for it. */
    boolean takesApplications(LocalDate today) {
        return "OPEN".equals(status) && (applicationDeadline == null || !today.isAfter(applicationDeadline));
    }
}
