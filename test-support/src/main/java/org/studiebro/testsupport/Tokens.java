package org.studiebro.testsupport;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Access tokens from an OpenID Connect provider (the local authorization-server), fetched the way real clients do:
 * client credentials for a form or the CLI, and for a person the authorization code flow with PKCE through the
 * provider's login form, as a browser would (cookies, the form's CSRF token, redirects followed by hand).
 */
public final class Tokens {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");
    private static final int MAX_REDIRECTS = 10;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final SecureRandom RANDOM = new SecureRandom();

    private Tokens() {
    }

    /** The access token a confidential client gets for itself; fails naming the answer when it gets none. */
    public static String clientCredentials(String issuer, String clientId, String secret) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(issuer + "/oauth2/token"))
                .timeout(TIMEOUT)
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((clientId + ":" + secret).getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(Map.of("grant_type", "client_credentials"))))
                .build();
        try (HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build()) {
            return accessToken(send(http, request), "client credentials for " + clientId);
        }
    }

    /**
     * The access token a public client gets on behalf of {@code username}: authorization code with PKCE (S256),
     * signing in on the provider's login form. {@code redirectUri} must be one the client is registered with;
     * nothing needs to listen there, the code is taken from the redirect itself.
     */
    public static String userLogin(String issuer, String clientId, String redirectUri, String username,
                                   String password) {
        String verifier = randomUrlSafe(32);
        String state = randomUrlSafe(16);
        Map<String, String> authorize = new LinkedHashMap<>();
        authorize.put("response_type", "code");
        authorize.put("client_id", clientId);
        authorize.put("redirect_uri", redirectUri);
        authorize.put("scope", "openid");
        authorize.put("state", state);
        authorize.put("code_challenge", challenge(verifier));
        authorize.put("code_challenge_method", "S256");
        try (HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(TIMEOUT).build()) {
            HttpResponse<String> loginPage = follow(browser, get(issuer + "/oauth2/authorize?" + form(authorize)),
                    redirectUri);
            Matcher csrf = CSRF.matcher(loginPage.body());
            if (loginPage.statusCode() != 200 || !csrf.find()) {
                throw failed("the login form", loginPage);
            }
            HttpRequest login = HttpRequest.newBuilder(loginPage.uri().resolve("/login"))
                    .timeout(TIMEOUT)
                    .header("Accept", "text/html")
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form(Map.of("username", username,
                            "password", password, "_csrf", csrf.group(1)))))
                    .build();
            HttpResponse<String> callback = follow(browser, login, redirectUri);
            String location = callback.headers().firstValue("Location").orElse("");
            if (!location.startsWith(redirectUri)) {
                throw failed("a redirect to " + redirectUri + " after signing in " + username, callback);
            }
            Map<String, String> answer = query(URI.create(location));
            if (!state.equals(answer.get("state")) || answer.get("code") == null) {
                throw new IllegalStateException("The provider redirected without the code or the state: " + location);
            }
            Map<String, String> exchange = new LinkedHashMap<>();
            exchange.put("grant_type", "authorization_code");
            exchange.put("code", answer.get("code"));
            exchange.put("redirect_uri", redirectUri);
            exchange.put("client_id", clientId);
            exchange.put("code_verifier", verifier);
            HttpRequest token = HttpRequest.newBuilder(URI.create(issuer + "/oauth2/token"))
                    .timeout(TIMEOUT)
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form(exchange)))
                    .build();
            return accessToken(send(browser, token), "the code of " + username);
        }
    }

    /** Follows redirects from {@code request} until a page, or a redirect to the client's {@code redirectUri}. */
    private static HttpResponse<String> follow(HttpClient browser, HttpRequest request, String redirectUri) {
        HttpResponse<String> response = send(browser, request);
        for (int i = 0; i < MAX_REDIRECTS && response.statusCode() / 100 == 3; i++) {
            String location = response.headers().firstValue("Location").orElse(null);
            if (location == null) {
                throw failed("a Location header", response);
            }
            if (location.startsWith(redirectUri)) {
                return response;
            }
            response = send(browser, get(response.uri().resolve(location).toString()));
        }
        return response;
    }

    private static HttpRequest get(String uri) {
        // As a browser asks: the provider sends only HTML clients to its login form.
        return HttpRequest.newBuilder(URI.create(uri)).timeout(TIMEOUT).header("Accept", "text/html").GET().build();
    }

    private static String accessToken(HttpResponse<String> response, String what) {
        if (response.statusCode() != 200) {
            throw failed("an access token for " + what, response);
        }
        try {
            JsonNode token = JSON.readTree(response.body()).path("access_token");
            if (!token.isTextual()) {
                throw failed("an access token for " + what, response);
            }
            return token.asText();
        } catch (IOException e) {
            throw failed("an access token for " + what, response);
        }
    }

    private static HttpResponse<String> send(HttpClient http, HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException("No answer from " + request.uri() + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while asking " + request.uri(), e);
        }
    }

    private static IllegalStateException failed(String expected, HttpResponse<String> response) {
        return new IllegalStateException("Expected " + expected + " from " + response.uri() + " but got "
                + response.statusCode() + " " + response.headers().firstValue("Location").orElse("")
                + " " + response.body());
    }

    private static Map<String, String> query(URI uri) {
        Map<String, String> parameters = new LinkedHashMap<>();
        for (String pair : uri.getRawQuery() == null ? new String[0] : uri.getRawQuery().split("&")) {
            int equals = pair.indexOf('=');
            parameters.put(decode(equals < 0 ? pair : pair.substring(0, equals)),
                    equals < 0 ? "" : decode(pair.substring(equals + 1)));
        }
        return parameters;
    }

    private static String form(Map<String, String> parameters) {
        return parameters.entrySet().stream()
                .map(entry -> URLEncoder.encode(entry.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(entry.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private static String decode(String value) {
        return URLDecoder.decode(value, StandardCharsets.UTF_8);
    }

    private static String challenge(String verifier) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JVM has SHA-256", e);
        }
    }

    private static String randomUrlSafe(int bytes) {
        byte[] random = new byte[bytes];
        RANDOM.nextBytes(random);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }
}
