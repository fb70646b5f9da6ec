package org.studiebro.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;

/**
 * Tokens a service must refuse with 401, each wrong in exactly one way: otherwise they name the shared provider as
 * issuer, the audience {@code studiebro}, every role and the claims of the sample users, so that any role or claim
 * check would let them through. The provider's own key signs the expired one and the one for another audience.
 */
public final class ForgedTokens {

    private static final String AUDIENCE = "studiebro";

    private ForgedTokens() {
    }

    /** Signed by the provider's own key, but expired ten minutes ago. */
    public static String expired() {
        Instant now = Instant.now();
        return signed(providerKey(), claims(AUDIENCE, now.minus(Duration.ofMinutes(20)),
                now.minus(Duration.ofMinutes(10))));
    }

    /** Fresh and with the provider's key id, but signed by another key. */
    public static String wronglySigned() {
        try {
            RSAKey stranger = new RSAKeyGenerator(2048).keyID(providerKey().getKeyID()).generate();
            return signed(stranger, fresh(AUDIENCE));
        } catch (JOSEException e) {
            throw new IllegalStateException("Could not generate a key", e);
        }
    }

    /** Signed by the provider's own key and fresh, but for another API. */
    public static String wrongAudience() {
        return signed(providerKey(), fresh("another-api"));
    }

    /** Fresh and otherwise right, but not signed at all ({@code "alg": "none"}). */
    public static String unsigned() {
        return new PlainJWT(fresh(AUDIENCE)).serialize();
    }

    private static JWTClaimsSet fresh(String audience) {
        Instant now = Instant.now();
        return claims(audience, now, now.plus(Duration.ofMinutes(5)));
    }

    private static JWTClaimsSet claims(String audience, Instant issuedAt, Instant expiresAt) {
        return new JWTClaimsSet.Builder()
                .issuer(SharedAuthorizationServer.issuer())
                .subject(TestTokens.FORM_CLIENT)
                .audience(audience)
                .issueTime(Date.from(issuedAt))
                .notBeforeTime(Date.from(issuedAt))
                .expirationTime(Date.from(expiresAt))
                .jwtID(UUID.randomUUID().toString())
                .claim("roles", List.of("FORM_CLIENT", "LEARNER", "MUNICIPALITY_OFFICER", "SEAT_OWNER_OFFICER",
                        "OPERATOR"))
                .claim("identity_number", "19811218-9876")
                .claim("municipality", "se-1480")
                .claim("seat_owner", "goteborg-vux")
                .build();
    }

    private static String signed(RSAKey key, JWTClaimsSet claims) {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(),
                    claims);
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException("Could not sign a token", e);
        }
    }

    private static RSAKey providerKey() {
        try {
            return RSAKey.parse(Files.readString(SharedAuthorizationServer.get().signingKey(),
                    StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the provider's signing key", e);
        } catch (ParseException e) {
            throw new IllegalStateException("The provider's signing key is not a JWK", e);
        }
    }
}
