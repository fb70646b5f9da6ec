package org.studiebro.platform.signin;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.concurrent.locks.ReentrantLock;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The access token of one confidential client (OAuth2 client credentials), from any OpenID Connect provider: its
 * token endpoint is discovered from the issuer. The token is fetched on first use and reused until shortly before
 * it expires, so that a load of thousands of requests a second asks the provider once every few minutes.
 * Safe for many threads at once.
 */
public final class ClientCredentials implements AutoCloseable {

    /** Renewed this long before it expires, so that no request goes out with a token about to lapse on the way. */
    private static final Duration MARGIN = Duration.ofSeconds(30);
    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Clock clock;
    private final String issuer;
    private final String clientId;
    private final String basicCredentials;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
    // A lock rather than synchronized: the callers may be virtual threads, which it does not pin.
    private final ReentrantLock fetching = new ReentrantLock();
    private URI tokenEndpoint;
    private volatile Token current;

    public ClientCredentials(String issuer, String clientId, String secret) {
        this(issuer, clientId, secret, Clock.systemUTC());
    }

    ClientCredentials(String issuer, String clientId, String secret, Clock clock) {
        this.clock = clock;
        this.issuer = issuer.endsWith("/") ? issuer.substring(0, issuer.length() - 1) : issuer;
        this.clientId = clientId;
        this.basicCredentials = Base64.getEncoder()
                .encodeToString((clientId + ":" + secret).getBytes(StandardCharsets.UTF_8));
    }

    public String clientId() {
        return clientId;
    }

    /** The value of an Authorization header: {@code Bearer <token>}. */
    public String authorization() {
        return "Bearer " + accessToken();
    }

    /** A valid access token; fails naming the provider's answer when it gives none. */
    public String accessToken() {
        Token token = current;
        if (token != null && token.freshAt(clock.instant())) {
            return token.value();
        }
        fetching.lock();
        try {
            if (current == null || !current.freshAt(clock.instant())) {
                current = fetch();
            }
            return current.value();
        } finally {
            fetching.unlock();
        }
    }

    @Override
    public void close() {
        http.close();
    }

    private Token fetch() {
        if (tokenEndpoint == null) {
            URI discovery = URI.create(issuer + "/.well-known/openid-configuration");
            JsonNode configuration = json(send(HttpRequest.newBuilder(discovery).timeout(TIMEOUT).GET().build()),
                    "the provider's configuration");
            tokenEndpoint = URI.create(configuration.path("token_endpoint").asText(issuer + "/oauth2/token"));
        }
        Instant asked = clock.instant();
        JsonNode answer = json(send(HttpRequest.newBuilder(tokenEndpoint).timeout(TIMEOUT)
                .header("Authorization", "Basic " + basicCredentials)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials"))
                .build()), "an access token for " + clientId);
        JsonNode value = answer.path("access_token");
        if (!value.isTextual()) {
            throw new IllegalStateException("The provider " + issuer + " answered without an access token for "
                    + clientId + ": " + answer);
        }
        Duration lifetime = Duration.ofSeconds(answer.path("expires_in").asLong(60));
        // A token shorter-lived than twice the margin is reused for half its life.
        Duration reuse = lifetime.compareTo(MARGIN.multipliedBy(2)) > 0 ? lifetime.minus(MARGIN)
                : lifetime.dividedBy(2);
        return new Token(value.asText(), asked.plus(reuse));
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException("The OpenID Connect provider does not answer at " + request.uri()
                    + " (is it running? ./studiebro up starts it): " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while asking " + request.uri(), e);
        }
    }

    private JsonNode json(HttpResponse<String> response, String what) {
        if (response.statusCode() != 200) {
            throw new IllegalStateException("Expected " + what + " from " + response.uri() + " but got "
                    + response.statusCode() + " " + response.body());
        }
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new IllegalStateException("Expected " + what + " from " + response.uri() + " but got "
                    + response.body(), e);
        }
    }

    private record Token(String value, Instant renewAt) {
        boolean freshAt(Instant now) {
            return now.isBefore(renewAt);
        }
    }
}
