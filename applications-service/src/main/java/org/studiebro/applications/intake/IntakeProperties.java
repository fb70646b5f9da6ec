package org.studiebro.applications.intake;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * studiebro.intake.*
 *
 * @param publishTimeout how long a submission waits for the broker's acknowledgement before answering 503
 * @param maxBodySize    largest accepted request body (413 above it)
 * @param retryAfter     Retry-After of a 503
 * @param applicationIdSecret key of the HMAC that turns a form's Idempotency-Key into the application id; the
 *                       same on every instance, and never the development default in production
 */
@ConfigurationProperties("studiebro.intake")
record IntakeProperties(
        @DefaultValue("2s") Duration publishTimeout,
        @DefaultValue("16KB") DataSize maxBodySize,
        @DefaultValue("2s") Duration retryAfter,
        String applicationIdSecret) {
}
