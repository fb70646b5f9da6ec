package org.studiebro.platform.launch;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.regex.Pattern;

/** Waits for a service's {@code /actuator/health} to report UP. */
final class HealthWait {

    private static final Pattern UP = Pattern.compile("\"status\"\\s*:\\s*\"UP\"");
    private static final Duration POLL = Duration.ofMillis(250);

    private HealthWait() {
    }

    /** Returns once the service is UP; fails early when its process dies, and with its log tail on timeout. */
    static void until(ServiceProcess service, Duration timeout) {
        URI health = URI.create(service.baseUrl() + "/actuator/health");
        long deadline = System.nanoTime() + timeout.toNanos();
        try (HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build()) {
            while (!isUp(client, health)) {
                if (!service.isAlive()) {
                    throw new IllegalStateException(service.module() + " exited with code " + service.exitCode()
                            + " while starting" + service.logTail());
                }
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException(service.module() + " did not report UP at " + health + " within "
                            + timeout.toSeconds() + " s" + service.logTail());
                }
                sleep();
            }
        }
    }

    static boolean isUp(HttpClient client, URI health) {
        HttpRequest request = HttpRequest.newBuilder(health).timeout(Duration.ofSeconds(2)).build();
        try {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 && UP.matcher(response.body()).find();
        } catch (IOException notYet) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for " + health, e);
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(POLL);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for a service to get healthy", e);
        }
    }
}
