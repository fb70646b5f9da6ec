package org.studiebro.platform.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.studiebro.platform.signin.ClientCredentials;
import org.studiebro.platform.signin.SampleClients;

/**
 * The demo's view of the local platform over HTTP: the applications API, signed in as the local provider's sample
 * clients (submitting as the upstream form, reading statuses as the command line, whose reads are audited with the
 * purpose {@value #PURPOSE}), and the mail viewer.
 */
final class PlatformClient implements AutoCloseable {

    static final URI APPLICATIONS = URI.create("http://127.0.0.1:8080");
    private static final URI MAIL_VIEWER = URI.create("http://127.0.0.1:8025");
    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    private static final Duration CATALOG_PATIENCE = Duration.ofSeconds(30);
    private static final ObjectMapper JSON = new ObjectMapper();
    static final String PURPOSE = "demo";

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final ClientCredentials form = SampleClients.form(SampleClients.LOCAL_ISSUER).tokens();
    private final ClientCredentials operator = SampleClients.cli(SampleClients.LOCAL_ISSUER).tokens();

    boolean applicationsAnswer() {
        try {
            return send(HttpRequest.newBuilder(APPLICATIONS.resolve("/actuator/health")).timeout(TIMEOUT).GET()
                    .build()).statusCode() == 200;
        } catch (UncheckedIOException notRunning) {
            return false;
        }
    }

    /** The catalog; waits while the applications-service answers 503, still reading it after a start. */
    List<CourseEvent> courseEvents() throws InterruptedException {
        URI catalog = APPLICATIONS.resolve("/api/v1/course-events");
        long deadline = System.nanoTime() + CATALOG_PATIENCE.toNanos();
        HttpResponse<String> response = get(catalog, form);
        while (response.statusCode() == 503 && System.nanoTime() < deadline) {
            Thread.sleep(500);
            response = get(catalog, form);
        }
        require(response, 200, "GET " + catalog);
        JsonNode json = parse(response.body());
        // A bare array, or a page object holding one.
        JsonNode items = json.isArray() ? json : firstArrayIn(json);
        List<CourseEvent> events = new ArrayList<>();
        items.forEach(item -> events.add(CourseEvent.from(item)));
        return events;
    }

    /** Posts the application; the outcome carries the status URL, or why it was refused. */
    Submission submit(SampleApplication application) {
        HttpRequest request = HttpRequest.newBuilder(APPLICATIONS.resolve("/api/v1/applications"))
                .timeout(TIMEOUT)
                .header("Authorization", form.authorization())
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", application.idempotencyKey())
                .POST(HttpRequest.BodyPublishers.ofString(write(application.body())))
                .build();
        HttpResponse<String> response = send(request);
        if (response.statusCode() / 100 == 2 && response.headers().firstValue("Location").isPresent()) {
            return Submission.accepted(APPLICATIONS.resolve(response.headers().firstValue("Location").get()));
        }
        return Submission.refused(response.statusCode() + " " + response.body());
    }

    /** The application's overall status, or null while the applications-service does not know it yet. */
    String status(URI application) {
        HttpResponse<String> response = get(URI.create(application + "?purpose=" + PURPOSE), operator);
        // 404: the status view has not seen the application yet; 503: it is catching up after a start.
        if (response.statusCode() == 404 || response.statusCode() == 503) {
            return null;
        }
        require(response, 200, "GET " + application);
        JsonNode json = parse(response.body());
        return json.hasNonNull("status") ? json.get("status").asText() : json.path("state").asText(null);
    }

    /** The newest messages the mail viewer keeps, or empty when it does not answer (the platform runs elsewhere). */
    Optional<List<JsonNode>> mails() {
        try {
            HttpResponse<String> response = send(HttpRequest.newBuilder(MAIL_VIEWER.resolve("/api/messages"))
                    .timeout(TIMEOUT).GET().build());
            if (response.statusCode() != 200) {
                return Optional.empty();
            }
            List<JsonNode> mails = new ArrayList<>();
            parse(response.body()).path("messages").forEach(mails::add);
            return Optional.of(mails);
        } catch (UncheckedIOException notRunning) {
            return Optional.empty();
        }
    }

    @Override
    public void close() {
        http.close();
        form.close();
        operator.close();
    }

    private HttpResponse<String> get(URI uri, ClientCredentials client) {
        return send(HttpRequest.newBuilder(uri).timeout(TIMEOUT).header("Authorization", client.authorization())
                .GET().build());
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(request.method() + " " + request.uri() + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted during " + request.uri(), e);
        }
    }

    private static void require(HttpResponse<String> response, int status, String what) {
        if (response.statusCode() != status) {
            throw new IllegalStateException(what + " answered " + response.statusCode() + ": " + response.body());
        }
    }

    private static JsonNode firstArrayIn(JsonNode json) {
        for (JsonNode field : json) {
            if (field.isArray()) {
                return field;
            }
        }
        throw new IllegalStateException("The catalog answer holds no list of course events: " + json);
    }

    private static JsonNode parse(String body) {
        try {
            return JSON.readTree(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Not JSON: " + body, e);
        }
    }

    private static String write(Object body) {
        try {
            return JSON.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Could not write the request body", e);
        }
    }

    /** The outcome of a POST: where to follow the application, or why it was refused. */
    record Submission(URI location, String refusal) {
        static Submission accepted(URI location) {
            return new Submission(location, null);
        }

        static Submission refused(String refusal) {
            return new Submission(null, refusal);
        }
    }
}
