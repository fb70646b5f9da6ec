package org.studiebro.testsupport;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * One endpoint of a service's API as its access tests call it: the method, the path (with query) and, for a POST,
 * a JSON body that would pass the endpoint's own checks, so that only the token decides the answer.
 */
public record Endpoint(String method, String path, String jsonBody) {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    public static Endpoint get(String path) {
        return new Endpoint("GET", path, null);
    }

    public static Endpoint post(String path, String jsonBody) {
        return new Endpoint("POST", path, jsonBody);
    }

    /** Calls the service on 127.0.0.1:{@code port} with {@code token} as bearer, or with no Authorization if null. */
    public HttpResponse<String> call(int port, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(TIMEOUT)
                .method(method, jsonBody == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(jsonBody, StandardCharsets.UTF_8));
        if (jsonBody != null) {
            request.header("Content-Type", "application/json");
        }
        if (token != null) {
            request.header("Authorization", TestTokens.bearer(token));
        }
        try (HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build()) {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException("No answer to " + this + " on port " + port + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while calling " + this, e);
        }
    }

    /** The status of {@link #call(int, String)}. */
    public int status(int port, String token) {
        return call(port, token).statusCode();
    }

    @Override
    public String toString() {
        return method + " " + path;
    }
}
