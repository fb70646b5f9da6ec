package org.studiebro.notification.delivery;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How notifications are sent.
 *
 * @param from          the From of every e-mail; its domain is also the right-hand side of the Message-IDs
 * @param statusBaseUrl where the learner follows an application: this + "/api/v1/applications/{id}"
 * @param retry         how a delivery that failed for a passing reason is retried
 * @param mailSenders   how many e-mails are sent at once, each on an SMTP connection of its own that is kept open
 * @param reserveMovePeriod         a learner is e-mailed about a move on a reserve list only when this long has
 *                                  passed since their last e-mail (their status page always shows the position)
 * @param municipalityDigestPeriod  a home municipality gets one e-mail per period listing the period's notices
 */
@ConfigurationProperties("studiebro.notification")
record NotificationProperties(
        @DefaultValue("Studiebro <no-reply@studiebro.test>") String from,
        @DefaultValue("http://127.0.0.1:8080") String statusBaseUrl,
        @DefaultValue Retry retry,
        @DefaultValue("8") int mailSenders,
        @DefaultValue("PT24H") Duration reserveMovePeriod,
        @DefaultValue("PT1H") Duration municipalityDigestPeriod) {

    /**
     * Exponential back-off for a status event whose delivery failed for a passing reason (SMTP server or broker
     * unreachable): the event is neither committed nor dead-lettered while it is retried.
     *
     * @param initialInterval the first pause
     * @param multiplier      how much each pause grows
     * @param maxInterval     the longest pause
     * @param maxElapsed      how long to keep retrying before the event goes to the dead-letter topic; unset (the
     *                        default) retries until the delivery succeeds, so that no learner silently misses a
     *                        decision because the SMTP server was down
     */
    record Retry(
            @DefaultValue("1s") Duration initialInterval,
            @DefaultValue("2") double multiplier,
            @DefaultValue("1m") Duration maxInterval,
            Duration maxElapsed) {
    }
}
