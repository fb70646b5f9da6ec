package org.studiebro.websecurity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.function.Supplier;
import java.util.stream.Stream;

import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.studiebro.testsupport.ForgedTokens;
import org.studiebro.testsupport.TestTokens;
import org.studiebro.testsupport.WithAuthorizationServer;

/** The resource server against the real local provider: its tokens pass, forged ones and none do not. */
@ExtendWith(WithAuthorizationServer.class)
@SpringBootTest(classes = GuardedApi.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ResourceServerIT {

    @LocalServerPort
    int port;

    @Autowired
    MeterRegistry meters;

    @Autowired
    JwtDecoder decoder;

    static Stream<Arguments> refusedTokens() {
        return Stream.of(
                Arguments.of("expired", (Supplier<String>) ForgedTokens::expired),
                Arguments.of("wrongly signed", (Supplier<String>) ForgedTokens::wronglySigned),
                Arguments.of("for another audience", (Supplier<String>) ForgedTokens::wrongAudience),
                Arguments.of("alg=none", (Supplier<String>) ForgedTokens::unsigned),
                Arguments.of("not a JWT", (Supplier<String>) () -> "not-a-token"));
    }

    @Test
    void withoutATokenTheAnswerIs401ProblemJsonWithABearerChallenge() {
        HttpResponse<String> response = send("POST", "/api/v1/forms", null);

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("Content-Type")).get().asString().startsWith("application/problem+json");
        assertThat(response.headers().firstValue("WWW-Authenticate")).get().asString().startsWith("Bearer");
        assertThat(response.body()).contains("\"type\":\"urn:studiebro:problem:unauthorized\"", "\"status\":401");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusedTokens")
    void aTokenThatFailsOneCheckIs401(String flaw, Supplier<String> token) {
        HttpResponse<String> response = send("POST", "/api/v1/forms", token.get());

        assertThat(response.statusCode()).as(flaw).isEqualTo(401);
        assertThat(response.body()).contains("urn:studiebro:problem:unauthorized");
    }

    @Test
    void theProvidersTokenOfTheRightRolePassesAndNamesItsClient() {
        HttpResponse<String> response = send("POST", "/api/v1/forms", TestTokens.formClient());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"source\":\"enrolment-form\"", "FORM_CLIENT");
    }

    @Test
    void aRequestIsObservedOnceNotOncePerSecurityFilter() {
        send("POST", "/api/v1/forms", TestTokens.formClient());

        assertThat(meters.getMeters()).map(meter -> meter.getId().getName())
                .noneMatch(name -> name.startsWith("spring.security."));
    }

    @Test
    void bootsDecoderIsTheOneThatDecodesEachTokenOnce() {
        assertThat(decoder).isInstanceOf(DecodedTokens.class);
        assertThat(decoder.decode(TestTokens.formClient()).getClaimAsStringList("aud")).contains("studiebro");
    }

    @Test
    void aValidTokenOfAnotherRoleIs403ProblemJson() {
        HttpResponse<String> response = send("POST", "/api/v1/forms", TestTokens.operator());

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.headers().firstValue("Content-Type")).get().asString().startsWith("application/problem+json");
        assertThat(response.body()).contains("urn:studiebro:problem:forbidden");
    }

    @Test
    void anOfficerSeesOnlyTheirOwnMunicipality() {
        String goteborg = TestTokens.user("goteborg-officer");

        assertThat(send("GET", "/api/v1/municipalities/se-1480/cases", goteborg).statusCode()).isEqualTo(200);
        HttpResponse<String> other = send("GET", "/api/v1/municipalities/no-4601/cases", goteborg);
        assertThat(other.statusCode()).isEqualTo(403);
        assertThat(other.body()).contains("urn:studiebro:problem:forbidden");
    }

    @Test
    void whatNoRuleAllowsIsDeniedEvenWithAValidToken() {
        assertThat(send("GET", "/api/v1/anything", TestTokens.operator()).statusCode()).isEqualTo(403);
        assertThat(send("GET", "/api/v1/anything", null).statusCode()).isEqualTo(401);
    }

    @Test
    void healthIsOpenAndNoSessionIsMade() {
        HttpResponse<String> health = send("GET", "/actuator/health", null);
        HttpResponse<String> submitted = send("POST", "/api/v1/forms", TestTokens.formClient());

        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(submitted.headers().firstValue("Set-Cookie")).isEmpty();
    }

    private HttpResponse<String> send(String method, String path, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .method(method, HttpRequest.BodyPublishers.noBody());
        if (token != null) {
            request.header("Authorization", TestTokens.bearer(token));
        }
        try (HttpClient http = HttpClient.newHttpClient()) {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
