package org.studiebro.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/** The platform's HTTP APIs as an upstream form and a learner use them. */
final class PlatformHttp {

    private final URI applications;
    private final URI notifications;
    private final JsonHttp http = new JsonHttp();

    PlatformHttp(String applicationsUrl, String notificationsUrl) {
        this.applications = URI.create(applicationsUrl);
        this.notifications = URI.create(notificationsUrl);
    }

    /** Posts an application and returns its status URL from the Location header of the 202. */
    URI submit(String idempotencyKey, String body) {
        HttpResponse<String> response = http.post(applications.resolve("/api/v1/applications"), body,
                "Idempotency-Key", idempotencyKey);
        assertThat(response.statusCode()).as("POST /api/v1/applications: %s", response.body()).isEqualTo(202);
        return applications.resolve(response.headers().firstValue("Location").orElseThrow());
    }

    /** Posts an application that is expected to be refused and returns the answer's status code. */
    int submitRefused(String idempotencyKey, String body) {
        return http.post(applications.resolve("/api/v1/applications"), body, "Idempotency-Key", idempotencyKey)
                .statusCode();
    }

    /** The application's overall status, or null while the status view has not seen it (404) or catches up (503). */
    String status(URI application) {
        JsonNode status = statusInWords(application, null);
        return status == null ? null : status.path("status").asText(null);
    }

    /**
     * The whole status as the learner reads it, with its texts in {@code lang} (sv, nb, nn, en; null: the
     * learner's own), or null while the status view has not seen it (404) or catches up (503).
     */
    JsonNode statusInWords(URI application, String lang) {
        URI uri = lang == null ? application : URI.create(application + "?lang=" + lang);
        HttpResponse<String> response = http.get(uri);
        if (response.statusCode() == 404 || response.statusCode() == 503) {
            return null;
        }
        assertThat(response.statusCode()).as("GET %s: %s", uri, response.body()).isEqualTo(200);
        return JsonHttp.read(response.body());
    }

    /** The learner withdraws the application: POST {status URL}/withdrawal without a body, answered 202. */
    void withdraw(URI application, String idempotencyKey) {
        URI uri = URI.create(application + "/withdrawal");
        HttpResponse<String> response = http.post(uri, null, "Idempotency-Key", idempotencyKey);
        assertThat(response.statusCode()).as("POST %s: %s", uri, response.body()).isEqualTo(202);
    }

    /** What the notification-service sent about the application. */
    List<JsonNode> notifications(String applicationId) {
        URI uri = notifications.resolve("/api/v1/notifications?applicationId="
                + URLEncoder.encode(applicationId, StandardCharsets.UTF_8));
        HttpResponse<String> response = http.get(uri);
        assertThat(response.statusCode()).as("GET %s: %s", uri, response.body()).isEqualTo(200);
        return JsonHttp.elements(JsonHttp.read(response.body()), "notifications");
    }

    /** A course event as upstream forms see it in the applications-service's catalog. */
    JsonNode courseEvent(String courseEventId) {
        URI uri = applications.resolve("/api/v1/course-events/" + URLEncoder.encode(courseEventId,
                StandardCharsets.UTF_8));
        HttpResponse<String> response = http.get(uri);
        assertThat(response.statusCode()).as("GET %s: %s", uri, response.body()).isEqualTo(200);
        return JsonHttp.read(response.body());
    }

    /** The applications-service's overall health (UP once its views have caught up with their topics). */
    String health() {
        HttpResponse<String> response = http.get(applications.resolve("/actuator/health"));
        return JsonHttp.read(response.body()).path("status").asText(null);
    }

    static String lastSegment(URI uri) {
        String path = uri.getPath();
        return path.substring(path.lastIndexOf('/') + 1);
    }
}
