package org.studiebro.websecurity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;

class DecodedTokensTest {

    private final MovingClock clock = new MovingClock(Instant.parse("2026-12-08T09:00:00Z"));
    private final DecoderThatCounts decoder = new DecoderThatCounts();
    private final DecodedTokens tokens = new DecodedTokens(decoder, clock);

    @Test
    void theSameTokenIsDecodedOnceWhileItIsValid() {
        Jwt first = tokens.decode("form-token");
        Jwt again = tokens.decode("form-token");

        assertThat(again).isSameAs(first);
        assertThat(decoder.decoded).containsExactly("form-token");
    }

    @Test
    void anotherTokenIsDecodedOnItsOwn() {
        tokens.decode("form-token");
        Jwt other = tokens.decode("learner-token");

        assertThat(other.getSubject()).isEqualTo("learner-token");
        assertThat(decoder.decoded).containsExactly("form-token", "learner-token");
    }

    @Test
    void aRefusedTokenIsRefusedEveryTimeAndNotKept() {
        assertThatThrownBy(() -> tokens.decode("forged")).isInstanceOf(BadJwtException.class);
        assertThatThrownBy(() -> tokens.decode("forged")).isInstanceOf(BadJwtException.class);

        assertThat(decoder.decoded).containsExactly("forged", "forged");
    }

    @Test
    void aTokenIsDecodedAnewOnceItHasExpired() {
        tokens.decode("form-token");
        clock.advance(DecoderThatCounts.LIFETIME.minusSeconds(1));
        tokens.decode("form-token");
        clock.advance(Duration.ofSeconds(2));
        tokens.decode("form-token");

        assertThat(decoder.decoded).containsExactly("form-token", "form-token");
    }

    /** Issues tokens that live five minutes from now, and refuses "forged"; remembers what it was asked. */
    private final class DecoderThatCounts implements JwtDecoder {

        static final Duration LIFETIME = Duration.ofMinutes(5);
        final List<String> decoded = new ArrayList<>();

        @Override
        public Jwt decode(String token) {
            decoded.add(token);
            if (token.equals("forged")) {
                throw new BadJwtException("signature does not match");
            }
            Instant now = clock.instant();
            return Jwt.withTokenValue(token).header("alg", "RS256").subject(token)
                    .issuedAt(now).expiresAt(now.plus(LIFETIME)).build();
        }
    }

    private static final class MovingClock extends Clock {

        private Instant now;

        MovingClock(Instant now) {
            this.now = now;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneId.of("UTC");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
