package org.studiebro.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The platform's HTTP APIs as their callers use them, each signed in as itself: an upstream form submits (the
 * sample form client), a learner reads and withdraws her own application, an officer or operator reads stating a
 * purpose, an operator reads what was sent.
 */
final class PlatformHttp {

    private final URI applications;
    private final URI notifications;
    private final PlatformTokens tokens;
    private final JsonHttp http = new JsonHttp();

    PlatformHttp(String applicationsUrl, String notificationsUrl, PlatformTokens tokens) {
        this.applications = URI.create(applicationsUrl);
        this.notifications = URI.create(notificationsUrl);
        this.tokens = tokens;
    }

    /** Posts an application as the form and returns its status URL from the Location header of the 202. */
    URI submit(String idempotencyKey, String body) {
        HttpResponse<String> response = submitAnswer(idempotencyKey, body);
        assertThat(response.statusCode()).as("POST /api/v1/applications: %s", response.body()).isEqualTo(202);
        return applications.resolve(response.headers().firstValue("Location").orElseThrow());
    }

    /** Posts an application that is expected to be refused and returns the answer's status code. */
    int submitRefused(String idempotencyKey, String body) {
        return submitAnswer(idempotencyKey, body).statusCode();
    }

    /** The whole answer to posting an application as the form. */
    HttpResponse<String> submitAnswer(String idempotencyKey, String body) {
        return http.post(applications.resolve("/api/v1/applications"), body, "Idempotency-Key", idempotencyKey,
                "Authorization", "Bearer " + tokens.form());
    }

    /** The application's overall status as the operator reads it, or null while the status view has not seen it. */
    String status(URI application) {
        JsonNode status = statusInWords(application, null, StatusReader.operator());
        return status == null ? null : status.path("status").asText(null);
    }

    /**
     * The whole status as {@code reader} reads it, with its texts in {@code lang} (sv, nb, nn, en; null: the
     * learner's own), or null while the status view has not seen it (404) or catches up (503).
     */
    JsonNode statusInWords(URI application, String lang, StatusReader reader) {
        HttpResponse<String> response = read(application, lang, reader);
        if (response.statusCode() == 404 || response.statusCode() == 503) {
            return null;
        }
        assertThat(response.statusCode()).as("GET %s: %s", response.uri(), response.body()).isEqualTo(200);
        return JsonHttp.read(response.body());
    }

    /** The whole answer to reading the application as {@code reader}. */
    HttpResponse<String> read(URI application, String lang, StatusReader reader) {
        StringBuilder query = new StringBuilder();
        if (lang != null) {
            query.append("&lang=").append(lang);
        }
        if (reader.purpose() != null) {
            query.append("&purpose=").append(URLEncoder.encode(reader.purpose(), StandardCharsets.UTF_8));
        }
        URI uri = query.isEmpty() ? application : URI.create(application + "?" + query.substring(1));
        return http.get(uri, JsonHttp.bearer(reader.token(tokens)));
    }

    /** The learner withdraws her application: POST {status URL}/withdrawal without a body, answered 202. */
    void withdraw(URI application, String idempotencyKey, String learner) {
        URI uri = URI.create(application + "/withdrawal");
        HttpResponse<String> response = http.post(uri, null, "Idempotency-Key", idempotencyKey,
                "Authorization", "Bearer " + tokens.person(learner));
        assertThat(response.statusCode()).as("POST %s: %s", uri, response.body()).isEqualTo(202);
    }

    /** What the notification-service sent about the application, as the operator sees it. */
    List<JsonNode> notifications(String applicationId) {
        URI uri = notifications.resolve("/api/v1/notifications?applicationId="
                + URLEncoder.encode(applicationId, StandardCharsets.UTF_8));
        HttpResponse<String> response = http.get(uri, JsonHttp.bearer(tokens.operator()));
        assertThat(response.statusCode()).as("GET %s: %s", uri, response.body()).isEqualTo(200);
        return JsonHttp.elements(JsonHttp.read(response.body()), "notifications");
    }

    /** A course event as upstream forms see it in the applications-service's catalog. */
    JsonNode courseEvent(String courseEventId) {
        URI uri = applications.resolve("/api/v1/course-events/" + URLEncoder.encode(courseEventId,
                StandardCharsets.UTF_8));
        HttpResponse<String> response = http.get(uri, JsonHttp.bearer(tokens.form()));
        assertThat(response.statusCode()).as("GET %s: %s", uri, response.body()).isEqualTo(200);
        return JsonHttp.read(response.body());
    }

    /** The applications-service's overall health (UP once its views have caught up with their topics). */
    String health() {
        HttpResponse<String> response = http.get(applications.resolve("/actuator/health"));
        return JsonHttp.read(response.body()).path("status").asText(null);
    }

    /** The applications API as a caller without any token: POST an application, GET one. */
    HttpResponse<String> submitWithoutToken(String idempotencyKey, String body) {
        return http.post(applications.resolve("/api/v1/applications"), body, "Idempotency-Key", idempotencyKey);
    }

    HttpResponse<String> readWithoutToken(URI application) {
        return http.get(application);
    }

    static String lastSegment(URI uri) {
        String path = uri.getPath();
        return path.substring(path.lastIndexOf('/') + 1);
    }
}
