package org.studiebro.benchmark.crash;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Collection;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.studiebro.platform.signin.ClientCredentials;
import org.studiebro.platform.signin.ClientLogin;

/**
 * Asks the applications-service over HTTP, as an operator stating the purpose {@value #PURPOSE} (each read is
 * audited), for the status of every accepted application, and hands the reconciliation its status and latest
 * version (the highest in its history).
 */
final class StatusViews {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int CONCURRENCY = 16;
    private static final int ATTEMPTS = 5;
    static final String PURPOSE = "crash test reconciliation";

    private StatusViews() {
    }

    static void readInto(URI applicationsUrl, ClientLogin operator, Collection<String> applicationIds,
                         Reconciliation reconciliation) throws InterruptedException {
        Semaphore permits = new Semaphore(CONCURRENCY);
        String purpose = "?purpose=" + URLEncoder.encode(PURPOSE, StandardCharsets.UTF_8);
        try (HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
             ClientCredentials tokens = operator.tokens();
             ExecutorService requests = Executors.newVirtualThreadPerTaskExecutor()) {
            for (String id : applicationIds) {
                permits.acquire();
                requests.submit(() -> {
                    try {
                        JsonNode status = status(http, tokens, applicationsUrl.resolve("/api/v1/applications/" + id
                                + purpose));
                        synchronized (reconciliation) {
                            reconciliation.statusView(id, status == null ? null : status.path("status").asText(),
                                    status == null ? null : latestVersion(status));
                        }
                    } finally {
                        permits.release();
                    }
                });
            }
        }
    }

    static int latestVersion(JsonNode status) {
        int latest = 0;
        for (JsonNode change : status.path("history")) {
            latest = Math.max(latest, change.path("version").asInt());
        }
        return latest;
    }

    /** The status as JSON; null when the service has none (404) or does not answer after a few attempts. */
    private static JsonNode status(HttpClient http, ClientCredentials tokens, URI uri) {
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            try {
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10))
                        .header("Accept", "application/json").header("Authorization", tokens.authorization())
                        .GET().build(), HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200) {
                    return JSON.readTree(response.body());
                }
                if (response.statusCode() == 404) {
                    return null;
                }
                Thread.sleep(1000);
            } catch (IOException e) {
                // Retried below: the service may be busy.
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return null;
            }
        }
        return null;
    }
}
