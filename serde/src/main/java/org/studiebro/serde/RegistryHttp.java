package org.studiebro.serde;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.kafka.common.errors.InterruptException;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;

/**
 * HTTP towards a Confluent-API registry: JSON in and out, fail-over across the configured URLs, and the mapping
 * of failures to {@link SchemaRegistryUnavailableException} (could not ask) and {@link SchemaRegistryException}
 * (asked, and the registry said no).
 */
final class RegistryHttp {

    static final String CONTENT_TYPE = "application/vnd.schemaregistry.v1+json";
    private static final ObjectMapper JSON = new ObjectMapper();
    // Every HttpClient owns a selector thread; Kafka Streams creates a serde per store and topic, so the
    // clients are shared per connect timeout (the only per-client setting) instead of one per serde.
    private static final Map<Duration, HttpClient> CLIENTS = new ConcurrentHashMap<>();

    private final RegistryConnection connection;
    private final HttpClient http;
    // The URL that answered last; the others are tried only when it cannot be reached.
    private final AtomicInteger current = new AtomicInteger();

    RegistryHttp(RegistryConnection connection) {
        this.connection = connection;
        this.http = CLIENTS.computeIfAbsent(connection.connectTimeout(), timeout -> HttpClient.newBuilder()
                .connectTimeout(timeout)
                // Plain HTTP/1.1: no h2c upgrade dance with registries or proxies that mishandle it.
                .version(HttpClient.Version.HTTP_1_1)
                .build());
    }

    /** The URL currently in use, for messages. */
    URI currentUrl() {
        return connection.baseUrls().get(current.get());
    }

    JsonNode get(String path, String what) {
        return send(path, null, what);
    }

    JsonNode post(String path, Object body, String what) {
        try {
            return send(path, JSON.writeValueAsString(body), what);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Cannot write request body while " + what, e);
        }
    }

    static String segment(String pathSegment) {
        return URLEncoder.encode(pathSegment, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private JsonNode send(String path, String body, String what) {
        List<URI> urls = connection.baseUrls();
        int first = current.get();
        List<String> failures = new ArrayList<>();
        IOException last = null;
        for (int i = 0; i < urls.size(); i++) {
            int index = (first + i) % urls.size();
            URI base = urls.get(index);
            HttpResponse<String> response;
            try {
                response = http.send(request(base, path, body), HttpResponse.BodyHandlers.ofString());
            } catch (IOException e) {
                failures.add(base + " (" + describe(e, connection) + ")");
                last = e;
                continue;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptException("Interrupted while " + what, e);
            }
            current.set(index);
            return answer(base, response, what);
        }
        throw new SchemaRegistryUnavailableException(
                "Schema registry unreachable while " + what + ": " + String.join("; ", failures), last);
    }

    private HttpRequest request(URI base, String path, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .timeout(connection.requestTimeout())
                .header("Accept", CONTENT_TYPE + ", application/json");
        if (connection.authorization() != null) {
            request.header("Authorization", connection.authorization());
        }
        if (body == null) {
            return request.GET().build();
        }
        return request.header("Content-Type", CONTENT_TYPE)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build();
    }

    private static JsonNode answer(URI base, HttpResponse<String> response, String what) {
        int status = response.statusCode();
        JsonNode json = parse(response.body());
        if (status / 100 == 2) {
            if (json == null) {
                throw new SchemaRegistryException("Schema registry at " + base + " answered " + status
                        + " with a body that is not JSON while " + what + " (" + excerpt(response.body())
                        + "); is this the registry's Confluent-compatible API?", status, status);
            }
            return json;
        }
        boolean registryError = json != null && json.hasNonNull("error_code");
        String message = json != null && json.hasNonNull("message") ? json.get("message").asText() : excerpt(response.body());
        int errorCode = registryError ? json.get("error_code").asInt() : status;
        if (status == 404 && !registryError) {
            message += " (no registry error code: is " + base
                    + " the registry's Confluent-compatible API, for Apicurio .../apis/ccompat/v7?)";
        }
        // 408 and 429 are the client's fault only in name: the same request later may well succeed.
        if (status / 100 == 5 || status == 408 || status == 429) {
            throw new SchemaRegistryUnavailableException("Schema registry at " + base + " answered HTTP " + status
                    + " while " + what + ": " + message);
        }
        throw new SchemaRegistryException("Schema registry at " + base + " refused " + what + ": HTTP " + status
                + ", error_code " + errorCode + ": " + message, status, errorCode);
    }

    private static JsonNode parse(String body) {
        if (body == null || body.isBlank()) {
            return MissingNode.getInstance();
        }
        try {
            return JSON.readTree(body);
        } catch (JsonProcessingException notJson) {
            return null;
        }
    }

    private static String excerpt(String body) {
        String text = body == null ? "" : body.strip().replaceAll("\\s+", " ");
        return text.length() > 200 ? text.substring(0, 200) + "..." : text;
    }

    private static String describe(IOException e, RegistryConnection connection) {
        if (e instanceof HttpConnectTimeoutException) {
            return "no connection within " + connection.connectTimeout().toMillis() + " ms";
        }
        if (e instanceof HttpTimeoutException) {
            return "no answer within " + connection.requestTimeout().toMillis() + " ms";
        }
        if (e instanceof ConnectException && (e.getMessage() == null || e.getMessage().isBlank())) {
            // HttpClient's ConnectException for a closed port carries no message, nor do its causes.
            return "connection refused";
        }
        return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    }
}
