package org.studiebro.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The platform's HTTP APIs as an upstream form and a learner use them. */
final class PlatformHttp {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final URI applications;
    private final URI notifications;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    PlatformHttp(String applicationsUrl, String notificationsUrl) {
        this.applications = URI.create(applicationsUrl);
        this.notifications = URI.create(notificationsUrl);
    }

    /** Posts an application and returns its status URL from the Location header of the 202. */
    URI submit(String idempotencyKey, String body) {
        HttpResponse<String> response = send(HttpRequest.newBuilder(applications.resolve("/api/v1/applications"))
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", idempotencyKey)
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build());
        assertThat(response.statusCode()).as("POST /api/v1/applications: %s", response.body()).isEqualTo(202);
        return applications.resolve(response.headers().firstValue("Location").orElseThrow());
    }

    /** The application's overall status, or null while the status view has not seen it (404) or catches up (503). */
    String status(URI application) {
        HttpResponse<String> response = get(application);
        if (response.statusCode() == 404 || response.statusCode() == 503) {
            return null;
        }
        assertThat(response.statusCode()).as("GET %s: %s", application, response.body()).isEqualTo(200);
        return read(response.body()).path("status").asText(null);
    }

    /** What the notification-service sent about the application. */
    List<JsonNode> notifications(String applicationId) {
        URI uri = notifications.resolve("/api/v1/notifications?applicationId="
                + URLEncoder.encode(applicationId, StandardCharsets.UTF_8));
        HttpResponse<String> response = get(uri);
        assertThat(response.statusCode()).as("GET %s: %s", uri, response.body()).isEqualTo(200);
        JsonNode json = read(response.body());
        List<JsonNode> deliveries = new ArrayList<>();
        (json.isArray() ? json : json.path("notifications")).forEach(deliveries::add);
        return deliveries;
    }

    static String lastSegment(URI uri) {
        String path = uri.getPath();
        return path.substring(path.lastIndexOf('/') + 1);
    }

    private HttpResponse<String> get(URI uri) {
        return send(HttpRequest.newBuilder(uri).GET().build());
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return client.send(HttpRequest.newBuilder(request, (name, value) -> true)
                    .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(request.method() + " " + request.uri() + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted during " + request.uri(), e);
        }
    }

    private static JsonNode read(String body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException("Not JSON: " + body, e);
        }
    }
}
