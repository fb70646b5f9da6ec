package org.studiebro.websecurity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;

/**
 * Decodes each bearer token once while it is valid. A form client sends the same token with every application until
 * it expires, and checking its signature and claims anew for each request was about a twentieth of intake's CPU.
 * The key is the whole token, signature included, so a changed or forged token never matches; a token the decoder
 * refuses is not kept, and a kept one goes at its expiry.
 */
final class DecodedTokens implements JwtDecoder {

    private static final int MOST_TOKENS_KEPT = 1_000;

    private final JwtDecoder decoder;
    private final Cache<String, Jwt> decoded;

    DecodedTokens(JwtDecoder decoder, Clock clock) {
        this.decoder = decoder;
        this.decoded = Caffeine.newBuilder()
                .maximumSize(MOST_TOKENS_KEPT)
                .ticker(() -> clock.millis() * 1_000_000)
                .expireAfter(Expiry.<String, Jwt>creating((token, jwt) -> lifeLeft(jwt, clock.instant())))
                .build();
    }

    @Override
    public Jwt decode(String token) {
        return decoded.get(token, decoder::decode);
    }

    private static Duration lifeLeft(Jwt jwt, Instant now) {
        Instant expiresAt = jwt.getExpiresAt();
        return expiresAt == null || !expiresAt.isAfter(now) ? Duration.ZERO : Duration.between(now, expiresAt);
    }
}
