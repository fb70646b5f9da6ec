package org.studiebro.applications.intake;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * studiebro.intake.rate-limit.*: how many applications each form client may submit, so that one broken form cannot
 * starve the others. The default lies far above what one form sends, and above the benchmark's rates.
 *
 * @param perSecond submissions a client may make each second; more are refused at once with 429
 */
@ConfigurationProperties("studiebro.intake.rate-limit")
record RateLimitProperties(@DefaultValue("2000") int perSecond) {

    RateLimitProperties {
        if (perSecond < 1) {
            throw new IllegalArgumentException("studiebro.intake.rate-limit.per-second must be 1 or more");
        }
    }
}
