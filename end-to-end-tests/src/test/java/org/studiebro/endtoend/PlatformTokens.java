package org.studiebro.endtoend;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.studiebro.platform.signin.ClientCredentials;
import org.studiebro.platform.signin.SampleClients;
import org.studiebro.testsupport.Tokens;

/**
 * Access tokens of the platform's own provider, fetched as real callers do: the sample form and the command line by
 * client credentials (the platform's own token source), the sample people by signing in on the login form with
 * PKCE; each person's token is reused while fresh (they live 5 minutes).
 */
final class PlatformTokens implements AutoCloseable {

    private static final String WEB_CLIENT = "studiebro-web";
    private static final String REDIRECT_URI = "http://127.0.0.1/callback";
    private static final Duration REUSE = Duration.ofMinutes(3);

    private final String issuer;
    private final ClientCredentials form;
    private final ClientCredentials operator;
    private final Map<String, SignedIn> people = new ConcurrentHashMap<>();

    PlatformTokens(String issuer) {
        this.issuer = issuer;
        this.form = SampleClients.form(issuer).tokens();
        this.operator = SampleClients.cli(issuer).tokens();
    }

    /** The upstream form {@code enrolment-form} (FORM_CLIENT). */
    String form() {
        return form.accessToken();
    }

    /** The command line {@code studiebro-cli} (OPERATOR). */
    String operator() {
        return operator.accessToken();
    }

    /**
     * A sample person signed in (README, "Signing in locally"): the learners {@code anna} and {@code kari}, the
     * officers {@code <municipality or seat owner>-officer}, {@code operator}.
     */
    String person(String username) {
        return people.compute(username, (name, old) -> old != null && old.at().plus(REUSE).isAfter(Instant.now())
                ? old : new SignedIn(Tokens.userLogin(issuer, WEB_CLIENT, REDIRECT_URI, name, name + "-password"),
                        Instant.now())).token();
    }

    @Override
    public void close() {
        form.close();
        operator.close();
    }

    private record SignedIn(String token, Instant at) {
    }
}
