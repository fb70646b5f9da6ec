package org.studiebro.authorization;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.text.ParseException;
import java.time.Duration;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.studiebro.infrastructure.FreePorts;

/**
 * The provider running in this JVM on a free port, with its signing key in {@code signingKey}: the issuer names its
 * port, so the port is chosen before the start rather than left to the web server.
 */
final class RunningProvider implements AutoCloseable {

    private final int port;
    private final ConfigurableApplicationContext context;

    private RunningProvider(int port, ConfigurableApplicationContext context) {
        this.port = port;
        this.context = context;
    }

    static RunningProvider start(Path signingKey) {
        int port = FreePorts.next();
        ConfigurableApplicationContext context = new SpringApplicationBuilder(AuthorizationServerApplication.class)
                .run("--server.port=" + port, "--studiebro.authorization.signing-key=" + signingKey);
        return new RunningProvider(port, context);
    }

    String issuer() {
        return "http://127.0.0.1:" + port;
    }

    /** The provider's public keys, as the services fetch them to check a token's signature. */
    JWKSet publicKeys() {
        try {
            return JWKSet.parse(get("/oauth2/jwks").body());
        } catch (ParseException e) {
            throw new IllegalStateException("The JWK set is not one", e);
        }
    }

    /** The token's claims once its signature is checked against the provider's published key, as a service would. */
    JWTClaimsSet verified(String token) {
        try {
            SignedJWT jwt = SignedJWT.parse(token);
            RSAKey key = publicKeys().getKeyByKeyId(jwt.getHeader().getKeyID()).toRSAKey();
            if (!jwt.verify(new RSASSAVerifier(key))) {
                throw new AssertionError("The token's signature does not verify with the published key");
            }
            return jwt.getJWTClaimsSet();
        } catch (ParseException | JOSEException e) {
            throw new AssertionError("Not a signed JWT of this provider: " + e.getMessage(), e);
        }
    }

    HttpResponse<String> get(String path) {
        try (HttpClient http = HttpClient.newHttpClient()) {
            return http.send(HttpRequest.newBuilder(URI.create(issuer() + path)).timeout(Duration.ofSeconds(30))
                    .build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException("No answer from " + path, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        context.close();
    }
}
