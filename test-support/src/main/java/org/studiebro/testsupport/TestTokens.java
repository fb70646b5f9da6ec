package org.studiebro.testsupport;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Valid access tokens of the local provider's sample clients and users (README, "Signing in locally"), fetched from
 * the {@link SharedAuthorizationServer} the way real clients do and reused while they are fresh (they live 5
 * minutes), so that a test suite does not sign in hundreds of times.
 */
public final class TestTokens {

    public static final String FORM_CLIENT = "enrolment-form";
    public static final String OTHER_FORM_CLIENT = "employment-service-form";
    public static final String CLI = "studiebro-cli";
    private static final String WEB_CLIENT = "studiebro-web";
    private static final String REDIRECT_URI = "http://127.0.0.1/callback";
    private static final Duration REUSE = Duration.ofMinutes(3);
    private static final Map<String, Fetched> CACHE = new ConcurrentHashMap<>();

    private TestTokens() {
    }

    /** The upstream form {@code enrolment-form} (FORM_CLIENT), by client credentials. */
    public static String formClient() {
        return client(FORM_CLIENT);
    }

    /** Another upstream form, {@code employment-service-form} (FORM_CLIENT). */
    public static String otherFormClient() {
        return client(OTHER_FORM_CLIENT);
    }

    /** The command line, {@code studiebro-cli} (OPERATOR), by client credentials. */
    public static String operator() {
        return client(CLI);
    }

    /**
     * A sample user signed in through the browser flow (authorization code with PKCE): {@code anna} and {@code kari}
     * (LEARNER), {@code goteborg-officer} and {@code bergen-officer} (MUNICIPALITY_OFFICER),
     * {@code goteborg-vux-officer} and {@code molndal-vux-officer} (SEAT_OWNER_OFFICER), {@code operator}.
     */
    public static String user(String username) {
        String issuer = SharedAuthorizationServer.issuer();
        return cached(issuer + " user " + username, () -> Tokens.userLogin(issuer, WEB_CLIENT, REDIRECT_URI,
                username, username + "-password"));
    }

    /** The value of an Authorization header carrying {@code token}. */
    public static String bearer(String token) {
        return "Bearer " + token;
    }

    private static String client(String clientId) {
        String issuer = SharedAuthorizationServer.issuer();
        return cached(issuer + " client " + clientId,
                () -> Tokens.clientCredentials(issuer, clientId, clientId + "-secret"));
    }

    private static String cached(String key, Supplier<String> fetch) {
        Fetched fetched = CACHE.compute(key, (ignored, old) -> old != null && old.fresh() ? old
                : new Fetched(fetch.get(), Instant.now()));
        return fetched.token();
    }

    private record Fetched(String token, Instant at) {
        boolean fresh() {
            return at.plus(REUSE).isAfter(Instant.now());
        }
    }
}
