package org.studiebro.platform.watch;

import java.util.List;

/**
 * What {@code ./studiebro watch} shows.
 *
 * @param topics        which topics
 * @param applicationId only the records with this key (an application's journey), or null for every record
 * @param fromBeginning from the start of each topic rather than from now
 */
public record WatchRequest(TopicSelection topics, String applicationId, boolean fromBeginning) {

    /** @throws IllegalArgumentException naming a topic pattern that is not a regular expression */
    public static WatchRequest of(List<String> topicsOrPatterns, String applicationId, boolean fromBeginning) {
        return new WatchRequest(TopicSelection.of(topicsOrPatterns), applicationId, fromBeginning);
    }

    boolean keeps(String key) {
        return applicationId == null || applicationId.equals(key);
    }
}
