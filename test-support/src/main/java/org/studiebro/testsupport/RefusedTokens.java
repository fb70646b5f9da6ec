package org.studiebro.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;

/**
 * The requests every protected endpoint must answer with 401 and problem+json: without a token, and with each of
 * the {@link ForgedTokens}. An access test returns {@link #eachIs401} from a {@code @TestFactory}, one test per
 * endpoint and token, instead of copying the matrix.
 */
public final class RefusedTokens {

    private static final List<Refused> ALL = List.of(
            new Refused("no token", () -> null),
            new Refused("an expired token", ForgedTokens::expired),
            new Refused("a wrongly signed token", ForgedTokens::wronglySigned),
            new Refused("a token for another audience", ForgedTokens::wrongAudience),
            new Refused("an unsigned token (alg=none)", ForgedTokens::unsigned));

    private RefusedTokens() {
    }

    /** One test per endpoint and refused token: 401, problem+json and a {@code WWW-Authenticate: Bearer} header. */
    public static Stream<DynamicTest> eachIs401(int port, Endpoint... endpoints) {
        return Arrays.stream(endpoints).flatMap(endpoint -> ALL.stream().map(refused -> DynamicTest.dynamicTest(
                endpoint + " with " + refused.flaw(), () -> {
                    HttpResponse<String> answer = endpoint.call(port, refused.token().get());
                    String said = answer.statusCode() + " " + answer.headers().map() + " " + answer.body();
                    assertEquals(401, answer.statusCode(), said);
                    assertTrue(answer.headers().firstValue("Content-Type").orElse("")
                            .startsWith("application/problem+json"), said);
                    assertTrue(answer.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Bearer"),
                            said);
                })));
    }

    private record Refused(String flaw, Supplier<String> token) {
    }
}
