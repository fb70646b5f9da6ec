package org.studiebro.endtoend;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Plain HTTP with JSON bodies, as curl would do it; what the platform answers is for the caller to judge. */
final class JsonHttp {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    /** GETs {@code uri}; {@code headers} as name, value, name, value. */
    HttpResponse<String> get(URI uri, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri);
        if (headers.length > 0) {
            request.headers(headers);
        }
        return send(request.GET().build());
    }

    /** The Authorization header's name and value for {@code token}, to pass as headers. */
    static String[] bearer(String token) {
        return new String[] {"Authorization", "Bearer " + token};
    }

    /** POSTs {@code body} as JSON, or no body at all when it is null; {@code headers} as name, value, name, value. */
    HttpResponse<String> post(URI uri, String body, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri);
        if (headers.length > 0) {
            request.headers(headers);
        }
        if (body == null) {
            request.POST(HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        }
        return send(request.build());
    }

    static JsonNode read(String body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException("Not JSON: " + body, e);
        }
    }

    /** The elements of a JSON array, or of the array under {@code field} when the answer wraps it in an object. */
    static List<JsonNode> elements(JsonNode json, String field) {
        List<JsonNode> elements = new ArrayList<>();
        (json.isArray() ? json : json.path(field)).forEach(elements::add);
        return elements;
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
}
