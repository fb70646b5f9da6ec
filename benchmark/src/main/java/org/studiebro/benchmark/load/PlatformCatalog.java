package org.studiebro.benchmark.load;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.studiebro.platform.signin.ClientCredentials;
import org.studiebro.platform.signin.ClientLogin;

/** The catalog as upstream forms see it: GET /api/v1/course-events of the applications-service. */
final class PlatformCatalog {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    private PlatformCatalog() {
    }

    /** Every course event; waits while the service answers 503 (still reading the catalog after a start). */
    static List<CourseEventEntry> courseEvents(URI applicationsUrl, ClientLogin form) throws InterruptedException {
        URI uri = applicationsUrl.resolve("/api/v1/course-events");
        try (HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
             ClientCredentials tokens = form.tokens()) {
            long deadline = System.nanoTime() + PATIENCE.toNanos();
            while (true) {
                HttpResponse<String> response = http.send(
                        HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30))
                                .header("Authorization", tokens.authorization()).GET().build(),
                        HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200) {
                    List<CourseEventEntry> events = new ArrayList<>();
                    for (JsonNode item : JSON.readTree(response.body())) {
                        events.add(CourseEventEntry.from(item));
                    }
                    return events;
                }
                if (response.statusCode() != 503 || System.nanoTime() > deadline) {
                    throw new IllegalStateException("GET " + uri + " answered " + response.statusCode() + ": "
                            + response.body());
                }
                Thread.sleep(1000);
            }
        } catch (IOException e) {
            throw new IllegalStateException("The applications-service does not answer at " + uri
                    + " (is the platform running? ./studiebro up): " + e, e);
        }
    }
}
