package org.studiebro.applications.intake;

import java.net.URI;
import java.time.Duration;

import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import io.github.resilience4j.ratelimiter.RateLimiterRegistry;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponseException;
import org.studiebro.plumbing.problem.Problems;

/**
 * One rate limiter per form client (the client id of its token), each allowing
 * {@link RateLimitProperties#perSecond()} submissions a second. A submission over the limit is refused at once
 * (429 with Retry-After), never queued: a waiting request would hold a server thread and slow every other form.
 */
@Component
class IntakeRateLimits {

    static final URI RATE_LIMITED = URI.create("urn:studiebro:problem:rate-limited");
    private static final Duration PERIOD = Duration.ofSeconds(1);

    private final RateLimiterRegistry limiters;
    private final int perSecond;

    IntakeRateLimits(RateLimitProperties properties) {
        this.perSecond = properties.perSecond();
        this.limiters = RateLimiterRegistry.of(RateLimiterConfig.custom()
                .limitForPeriod(perSecond)
                .limitRefreshPeriod(PERIOD)
                .timeoutDuration(Duration.ZERO)
                .build());
    }

    /** Takes one of the client's submissions this second, or throws the 429 when it has none left. */
    void admit(String clientId) {
        if (!limiters.rateLimiter(clientId).acquirePermission()) {
            throw rateLimited(clientId);
        }
    }

    private ErrorResponseException rateLimited(String clientId) {
        ErrorResponseException refused = Problems.of(HttpStatus.TOO_MANY_REQUESTS, RATE_LIMITED, "Too many requests",
                "Client " + clientId + " may submit at most " + perSecond + " applications a second; "
                        + "send this one again after the Retry-After.");
        refused.getBody().setProperty("limitPerSecond", perSecond);
        refused.getHeaders().set(HttpHeaders.RETRY_AFTER, Long.toString(PERIOD.toSeconds()));
        return refused;
    }
}
