package org.studiebro.endtoend;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/** Where to look in the learner's status (GET /api/v1/applications/{id}): the choices and the history. */
final class StatusJson {

    private StatusJson() {
    }

    /** The choice of {@code rank}, or a missing node when there is none. */
    static JsonNode choice(JsonNode status, int rank) {
        for (JsonNode choice : status.path("choices")) {
            if (choice.path("rank").asInt() == rank) {
                return choice;
            }
        }
        return status.path("choices").path(-1);
    }

    static String state(JsonNode status, int rank) {
        return choice(status, rank).path("state").asText(null);
    }

    /** Who decided each change, oldest first. */
    static List<String> authorities(JsonNode status) {
        List<String> authorities = new ArrayList<>();
        status.path("history").forEach(change -> authorities.add(change.path("authority").asText(null)));
        return authorities;
    }

    static JsonNode lastChange(JsonNode status) {
        JsonNode history = status.path("history");
        return history.path(history.size() - 1);
    }
}
