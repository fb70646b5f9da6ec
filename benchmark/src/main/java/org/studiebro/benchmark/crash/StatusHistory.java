package org.studiebro.benchmark.crash;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** The status events of one application on applications.status: by version, the distinct event ids, the records. */
final class StatusHistory {

    private final Map<Integer, Set<String>> eventIdsByVersion = new HashMap<>();
    private final Set<String> eventIds = new HashSet<>();
    private int records;
    private int currentVersion = Integer.MIN_VALUE;
    private String currentState;
    private String currentEventId;
    private boolean currentIsReserveMove;
    private int firstVersion = Integer.MAX_VALUE;
    private String firstEventId;

    /** @param reserveMove whether the event only moves a reserve on its list, which the learner may not be told */
    void add(int version, String eventId, String state, boolean reserveMove) {
        records++;
        eventIds.add(eventId);
        eventIdsByVersion.computeIfAbsent(version, v -> new HashSet<>()).add(eventId);
        if (version > currentVersion) {
            currentVersion = version;
            currentState = state;
            currentEventId = eventId;
            currentIsReserveMove = reserveMove;
        }
        if (version < firstVersion) {
            firstVersion = version;
            firstEventId = eventId;
        }
    }

    /**
     * The status events the learner must have been e-mailed about: the receipt (the first) and the final status,
     * unless the final one only moved a reserve on its list (those are coalesced, and may not be e-mailed).
     */
    Set<String> mustBeEmailed() {
        Set<String> events = new HashSet<>();
        events.add(firstEventId);
        if (!currentIsReserveMove) {
            events.add(currentEventId);
        }
        return events;
    }

    /** Two different events with one version, or one event written twice. */
    boolean conflicting() {
        return records > eventIds.size() || eventIdsByVersion.values().stream().anyMatch(ids -> ids.size() > 1);
    }

    int currentVersion() {
        return currentVersion;
    }

    String currentState() {
        return currentState;
    }

    Set<String> eventIds() {
        return eventIds;
    }
}
