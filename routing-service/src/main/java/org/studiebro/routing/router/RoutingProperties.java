package org.studiebro.routing.router;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How routing reminds home municipalities of unanswered cost requests.
 *
 * @param costReminderAfter     how long a cost request may stay unanswered before the home municipality is reminded,
 *                              and again after each reminder (default P7D)
 * @param reminderCheckInterval how often each routing task looks for reminders that are due (default PT1M)
 * @param remindersPerCheck     at most this many applications reminded per check and task (default 1000): the
 *                              applications of a deadline's last day fall due together a week later, and one check
 *                              should not hold them all in one transaction while the task's records wait; the rest
 *                              follow at the next check
 */
@ConfigurationProperties("studiebro.routing")
record RoutingProperties(@DefaultValue("P7D") Duration costReminderAfter,
        @DefaultValue("PT1M") Duration reminderCheckInterval,
        @DefaultValue("1000") int remindersPerCheck) {

    RoutingProperties {
        if (!costReminderAfter.isPositive() || !reminderCheckInterval.isPositive() || remindersPerCheck < 1) {
            throw new IllegalArgumentException("studiebro.routing.cost-reminder-after, reminder-check-interval and"
                    + " reminders-per-check must be positive");
        }
    }
}
