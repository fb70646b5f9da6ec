package org.studiebro.platform.watch;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import org.studiebro.schemas.Topics;

/**
 * The topics a watch reads: names or regular expressions, each matched against whole topic names. By default every
 * topic an application's journey passes through, and the dead letters; the compacted catalog and reference topics
 * only when asked for, since they are data, not events of applications.
 */
public final class TopicSelection {

    private static final List<Pattern> STUDIEBRO = List.of(
            prefix("applications."),
            Topics.SEAT_REQUESTS,
            Topics.SEAT_DECISIONS,
            Topics.COST_REQUESTS,
            Topics.COST_DECISIONS,
            Topics.MUNICIPALITY_NOTICES,
            Pattern.compile(Pattern.quote(Topics.NOTIFICATIONS_DISPATCHED)),
            prefix(Topics.DEAD_LETTERS_PREFIX));

    private final List<Pattern> patterns;
    private final String description;

    private TopicSelection(List<Pattern> patterns, String description) {
        this.patterns = patterns;
        this.description = description;
    }

    /** Every Studiebro topic but the catalog and reference data. */
    public static TopicSelection studiebro() {
        return new TopicSelection(STUDIEBRO, "every Studiebro topic (applications.*, seat-requests.*, "
                + "seat-decisions.*, cost-requests.*, cost-decisions.*, municipality-notices.*, "
                + "notifications.dispatched, dead-letters.*)");
    }

    /** The given topics or patterns; none means {@link #studiebro()}. */
    public static TopicSelection of(List<String> topicsOrPatterns) {
        if (topicsOrPatterns.isEmpty()) {
            return studiebro();
        }
        List<Pattern> patterns = new ArrayList<>();
        for (String topicOrPattern : topicsOrPatterns) {
            try {
                patterns.add(Pattern.compile(topicOrPattern));
            } catch (PatternSyntaxException e) {
                throw new IllegalArgumentException("Not a topic name or regular expression: '" + topicOrPattern
                        + "' (" + e.getDescription() + ")", e);
            }
        }
        return new TopicSelection(List.copyOf(patterns), String.join(" ", topicsOrPatterns));
    }

    /** Broker-internal topics (offsets, transactions) are never watched: they are not Avro and not ours. */
    boolean matches(String topic) {
        return !topic.startsWith("__") && patterns.stream().anyMatch(pattern -> pattern.matcher(topic).matches());
    }

    @Override
    public String toString() {
        return description;
    }

    private static Pattern prefix(String prefix) {
        return Pattern.compile(Pattern.quote(prefix) + ".+");
    }
}
