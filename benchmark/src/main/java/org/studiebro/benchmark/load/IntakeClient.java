package org.studiebro.benchmark.load;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * POST /api/v1/applications over HTTP/1.1 with java.net.http, as an upstream form (its Authorization header). The client keeps its connections alive and reuses them;
 * how many are open at once is bounded by the callers (at most the run's concurrency requests in flight).
 */
final class IntakeClient implements AutoCloseable {

    private static final Pattern APPLICATION_ID = Pattern.compile("\"applicationId\"\\s*:\\s*\"([^\"]+)\"");

    private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
    private final HttpClient http;
    private final URI applications;
    private final Duration timeout;
    private final Supplier<String> authorization;

    IntakeClient(URI applicationsUrl, Duration timeout, Supplier<String> authorization) {
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .executor(executor)
                .build();
        this.applications = applicationsUrl.resolve("/api/v1/applications");
        this.timeout = timeout;
        this.authorization = authorization;
    }

    /**
     * The intake's answer; status -1 and an error kind when none came.
     *
     * @param applicationId from a 202's body, else null
     * @param transportError "timeout", "connection refused", ... when no answer came, else null
     */
    record Answer(int status, String applicationId, String transportError) {
    }

    Answer submit(PlannedRequest request) throws InterruptedException {
        HttpRequest post = HttpRequest.newBuilder(applications)
                .timeout(timeout)
                .header("Authorization", authorization.get())
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", request.idempotencyKey())
                .POST(HttpRequest.BodyPublishers.ofString(request.body()))
                .build();
        try {
            HttpResponse<String> response = http.send(post, HttpResponse.BodyHandlers.ofString());
            String id = null;
            if (response.statusCode() == 202) {
                Matcher matcher = APPLICATION_ID.matcher(response.body());
                id = matcher.find() ? matcher.group(1) : null;
            }
            return new Answer(response.statusCode(), id, null);
        } catch (IOException e) {
            return new Answer(-1, null, transportError(e));
        }
    }

    static String transportError(IOException e) {
        return switch (e) {
            case HttpConnectTimeoutException timeout -> "connect timeout";
            case HttpTimeoutException timeout -> "timeout";
            case ConnectException refused -> "connection refused";
            default -> e.getCause() instanceof ConnectException ? "connection refused"
                    : "I/O error (" + e.getClass().getSimpleName() + ")";
        };
    }

    @Override
    public void close() {
        http.close();
        executor.close();
    }
}
