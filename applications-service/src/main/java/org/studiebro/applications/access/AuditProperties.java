package org.studiebro.applications.access;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * studiebro.audit.*
 *
 * @param publishTimeout how long a read waits for the broker to acknowledge its audit record before answering 503
 * @param retryAfter     Retry-After of that 503
 */
@ConfigurationProperties("studiebro.audit")
record AuditProperties(@DefaultValue("2s") Duration publishTimeout, @DefaultValue("2s") Duration retryAfter) {
}
