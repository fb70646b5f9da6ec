package org.studiebro.plumbing.topics;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code studiebro.topics.*}: how the topics a service creates are made.
 *
 * @param partitions partitions of every core topic it creates (default 3); the router's inputs must all have the
 *                   same count, since one task handles every event of an application. Party topics have one.
 * @param deadLetterRetention how long the service's dead letters and replays are kept (default 90 days): long
 *                   enough for an operator to fix a cause and replay, bounded since they hold personal data
 */
@ConfigurationProperties("studiebro.topics")
record TopicsProperties(@DefaultValue("3") int partitions, @DefaultValue("90d") Duration deadLetterRetention) {
}
