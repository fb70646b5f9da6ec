package org.studiebro.applications.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.web.ErrorResponseException;

class IntakeRateLimitsTest {

    @Test
    void aClientOverItsLimitIsRefusedAtOnceWhileAnotherClientIsNot() {
        IntakeRateLimits limits = new IntakeRateLimits(new RateLimitProperties(2));

        long started = System.nanoTime();
        List<ErrorResponseException> refused = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            try {
                limits.admit("broken-form");
            } catch (ErrorResponseException e) {
                refused.add(e);
            }
        }

        // Two a second: even if the six calls straddle a second, at most four pass; none waited for a permit.
        assertThat(refused).hasSizeGreaterThanOrEqualTo(2);
        assertThat(System.nanoTime() - started).isLessThan(500_000_000L);
        ErrorResponseException tooMany = refused.getFirst();
        assertThat(tooMany.getStatusCode().value()).isEqualTo(429);
        assertThat(tooMany.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("1");
        assertThat(tooMany.getBody().getType()).isEqualTo(IntakeRateLimits.RATE_LIMITED);
        assertThat(tooMany.getBody().getDetail()).contains("broken-form", "at most 2 applications a second");
        assertThat(tooMany.getBody().getProperties()).containsEntry("limitPerSecond", 2);
        assertThatCode(() -> limits.admit("enrolment-form")).doesNotThrowAnyException();
    }
}
