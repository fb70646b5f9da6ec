package org.studiebro.schemas;

import java.time.Duration;
import java.util.Map;

import org.apache.kafka.common.config.TopicConfig;

/**
 * How long each topic keeps its records, chosen per kind of topic rather than left at the broker's default week:
 * <ul>
 * <li>The record of an application (applications.submitted, .withdrawals, .status) and of what was sent about it
 * (notifications.dispatched) is kept: the services rebuild their views from these topics when a view is lost,
 * and an application matters for years (a course, its appeal, the municipalities' settlement).</li>
 * <li>Reference data and the catalog are compacted: the latest entry per id is what anyone needs.</li>
 * <li>A party's own topics are its inbox and outbox: kept {@link #PARTY_INBOX} (longer than an intake period,
 * which opens about three months before a term), so that a party that reads late still finds every request. What
 * came of each request is kept for good on applications.status.</li>
 * <li>The hot path's routing.* topics are copies in transit, read within seconds by the routing-service itself:
 * kept {@link #IN_TRANSIT}, long enough to outlast any outage of the service.</li>
 * <li>Dead letters and their replays hold whole records, personal data included, that nobody processed: kept
 * {@link #DEAD_LETTERS} by default, long enough for an operator to fix the cause and replay them, and bounded so
 * that personal data does not stay forever in a topic nobody reads (configurable per deployment). A replay is
 * written after its letter, so the replay log outlives the letter it marks as replayed.</li>
 * </ul>
 */
public final class TopicRetention {

    static final Duration PARTY_INBOX = Duration.ofDays(120);
    static final Duration IN_TRANSIT = Duration.ofDays(30);
    public static final Duration DEAD_LETTERS = Duration.ofDays(90);

    private static final String KEPT = "-1";

    private TopicRetention() {
    }

    /** The configs a new topic is created with, dead letters kept {@link #DEAD_LETTERS}. */
    public static Map<String, String> configsOf(String topic) {
        return configsOf(topic, DEAD_LETTERS);
    }

    /** The configs a new topic is created with, dead letters and replays kept as long as the deployment chose. */
    public static Map<String, String> configsOf(String topic, Duration deadLetterRetention) {
        if (Topics.isCompacted(topic)) {
            return Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT);
        }
        if (Topics.isPartyTopic(topic)) {
            return retention(String.valueOf(PARTY_INBOX.toMillis()));
        }
        if (topic.startsWith(Topics.ROUTING_PREFIX)) {
            return retention(String.valueOf(IN_TRANSIT.toMillis()));
        }
        if (topic.startsWith(Topics.DEAD_LETTERS_PREFIX) || topic.startsWith(Topics.REPLAYS_PREFIX)) {
            return retention(String.valueOf(deadLetterRetention.toMillis()));
        }
        if (Topics.coreTopics().containsKey(topic)) {
            return retention(KEPT);
        }
        throw new IllegalArgumentException("no retention chosen for topic " + topic);
    }

    private static Map<String, String> retention(String millis) {
        return Map.of(TopicConfig.RETENTION_MS_CONFIG, millis);
    }
}
