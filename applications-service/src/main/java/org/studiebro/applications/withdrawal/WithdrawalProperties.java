package org.studiebro.applications.withdrawal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * studiebro.withdrawal.*
 *
 * @param publishTimeout how long a withdrawal waits for the broker's acknowledgement before answering 503
 * @param maxBodySize    largest accepted request body (413 above it); a 500-character reason fits with room
 * @param retryAfter     Retry-After of a 503
 */
@ConfigurationProperties("studiebro.withdrawal")
record WithdrawalProperties(
        @DefaultValue("2s") Duration publishTimeout,
        @DefaultValue("4KB") DataSize maxBodySize,
        @DefaultValue("2s") Duration retryAfter) {
}
