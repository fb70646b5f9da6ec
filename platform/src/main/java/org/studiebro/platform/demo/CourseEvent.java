package org.studiebro.platform.demo;

import com.fasterxml.jackson.databind.JsonNode;

import org.studiebro.platform.samples.Region;

/**
 * What the demo needs of a course event in the applications-service's catalog.
 *
 * @param principalMunicipality null when the catalog does not say
 * @param seats                 0 when the catalog does not say
 */
record CourseEvent(String id, String principalMunicipality, int seats, boolean open) {

    static CourseEvent from(JsonNode json) {
        String id = json.hasNonNull("courseEventId") ? json.get("courseEventId").asText() : json.path("id").asText();
        String principal = json.hasNonNull("principalMunicipality") ? json.get("principalMunicipality").asText() : null;
        String status = json.path("status").asText("OPEN");
        int seats = json.hasNonNull("seatsOffered") ? json.get("seatsOffered").asInt() : json.path("seats").asInt(0);
        return new CourseEvent(id, principal, seats, status.equalsIgnoreCase("OPEN"));
    }

    Region region() {
        return principalMunicipality == null ? null : Region.of(principalMunicipality);
    }
}
