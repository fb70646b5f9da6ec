package org.studiebro.authorization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.text.ParseException;
import java.util.Base64;
import java.util.Date;
import java.util.List;

import com.nimbusds.jwt.JWTClaimsSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.studiebro.testsupport.Tokens;

/** The sample clients and users get tokens with the claims Studiebro's APIs decide on, over real HTTP. */
class TokensIT {

    private static final String WEB_CALLBACK = "http://127.0.0.1/callback";

    @TempDir
    static Path keys;

    private static RunningProvider provider;

    @BeforeAll
    static void start() {
        provider = RunningProvider.start(keys.resolve("signing-key.json"));
    }

    @AfterAll
    static void stop() {
        provider.close();
    }

    @Test
    void aFormClientGetsATokenForStudiebroWithItsRoleFromTheIssuer() throws ParseException {
        JWTClaimsSet claims = provider.verified(
                Tokens.clientCredentials(provider.issuer(), "enrolment-form", "enrolment-form-secret"));

        assertThat(claims.getIssuer()).isEqualTo(provider.issuer());
        assertThat(claims.getAudience()).containsExactly("studiebro");
        assertThat(claims.getSubject()).isEqualTo("enrolment-form");
        assertThat(claims.getStringListClaim("roles")).containsExactly("FORM_CLIENT");
        assertThat(claims.getExpirationTime()).isAfter(new Date());
    }

    @Test
    void theCliIsAnOperatorThatReadsSchemas() throws ParseException {
        JWTClaimsSet claims = provider.verified(
                Tokens.clientCredentials(provider.issuer(), "studiebro-cli", "studiebro-cli-secret"));

        assertThat(claims.getStringListClaim("roles")).containsExactly("OPERATOR", "SCHEMA_READER");
        assertThat(claims.getClaim("identity_number")).isNull();
    }

    @Test
    void onlyProvisioningAndThePartiesTopicsCreatorMayRegisterSchemas() throws ParseException {
        assertThat(roles("studiebro-provisioning")).containsExactly("SCHEMA_WRITER");
        assertThat(roles("reference-data-service")).containsExactly("SCHEMA_WRITER");
        assertThat(roles("routing-service")).containsExactly("SCHEMA_READER");
        assertThat(roles("municipality.se-1480")).containsExactly("SCHEMA_READER");
        assertThat(roles("seat-owner.goteborg-vux")).containsExactly("SCHEMA_READER");
    }

    private List<String> roles(String clientId) throws ParseException {
        return provider.verified(Tokens.clientCredentials(provider.issuer(), clientId, clientId + "-secret"))
                .getStringListClaim("roles");
    }

    @Test
    void aLearnerSignedInThroughTheWebClientGetsTheirIdentityNumber() throws ParseException {
        JWTClaimsSet claims = provider.verified(
                Tokens.userLogin(provider.issuer(), "studiebro-web", WEB_CALLBACK, "anna", "anna-password"));

        assertThat(claims.getIssuer()).isEqualTo(provider.issuer());
        assertThat(claims.getAudience()).containsExactly("studiebro");
        assertThat(claims.getSubject()).isEqualTo("anna");
        assertThat(claims.getStringListClaim("roles")).containsExactly("LEARNER");
        assertThat(claims.getStringClaim("identity_number")).isEqualTo("19811218-9876");
    }

    @ParameterizedTest
    @CsvSource({
            "kari, kari-password, identity_number, 15039010043",
            "goteborg-officer, goteborg-officer-password, municipality, se-1480",
            "bergen-officer, bergen-officer-password, municipality, no-4601",
            "eskilstuna-officer, eskilstuna-officer-password, municipality, se-0484",
            "goteborg-vux-officer, goteborg-vux-officer-password, seat_owner, goteborg-vux",
            "molndal-vux-officer, molndal-vux-officer-password, seat_owner, molndal-vux",
            "lernia-gbg-officer, lernia-gbg-officer-password, seat_owner, lernia-gbg"})
    void everyPersonCarriesWhoseDataTheyMaySee(String username, String password, String claim, String value)
            throws ParseException {
        JWTClaimsSet claims = provider.verified(Tokens.userLogin(provider.issuer(), "studiebro-web",
                "http://127.0.0.1:8080/login/oauth2/code/studiebro", username, password));

        assertThat(claims.getStringClaim(claim)).isEqualTo(value);
    }

    @Test
    void theOperatorSignsInWithTheRoleAndNoPartyClaim() throws ParseException {
        JWTClaimsSet claims = provider.verified(
                Tokens.userLogin(provider.issuer(), "studiebro-web", WEB_CALLBACK, "operator", "operator-password"));

        assertThat(claims.getStringListClaim("roles")).containsExactly("OPERATOR");
        assertThat(claims.getClaims()).doesNotContainKeys("identity_number", "municipality", "seat_owner");
    }

    @Test
    void aWrongClientSecretIsUnauthorized() throws Exception {
        HttpResponse<String> response = tokenRequest("enrolment-form", "not-the-secret");

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.body()).contains("invalid_client");
    }

    @Test
    void aWrongPasswordGetsNoToken() {
        assertThatThrownBy(() -> Tokens.userLogin(provider.issuer(), "studiebro-web", WEB_CALLBACK, "anna",
                "not-the-password"))
                .hasMessageContaining("/login?error");
    }

    @Test
    void aPublicClientGetsNoTokenForItself() throws Exception {
        HttpResponse<String> response = tokenRequest("studiebro-web", "");

        assertThat(response.statusCode()).isIn(400, 401);
        assertThat(response.body()).doesNotContain("access_token");
    }

    @Test
    void theDiscoveryDocumentNamesTheIssuerTheTokensCarry() {
        HttpResponse<String> discovery = provider.get("/.well-known/openid-configuration");

        assertThat(discovery.statusCode()).isEqualTo(200);
        assertThat(discovery.body()).contains("\"issuer\":\"" + provider.issuer() + "\"");
    }

    @Test
    void healthIsOpenForTheLauncher() {
        HttpResponse<String> health = provider.get("/actuator/health");

        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("UP");
    }

    private static HttpResponse<String> tokenRequest(String clientId, String secret)
            throws IOException, InterruptedException {
        try (HttpClient http = HttpClient.newHttpClient()) {
            return http.send(HttpRequest.newBuilder(URI.create(provider.issuer() + "/oauth2/token"))
                    .header("Authorization", "Basic " + Base64.getEncoder()
                            .encodeToString((clientId + ":" + secret).getBytes(StandardCharsets.UTF_8)))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials"))
                    .build(), HttpResponse.BodyHandlers.ofString());
        }
    }
}
