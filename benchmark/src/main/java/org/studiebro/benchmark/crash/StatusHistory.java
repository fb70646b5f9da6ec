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

    void add(int version, String eventId, String state) {
        records++;
        eventIds.add(eventId);
        eventIdsByVersion.computeIfAbsent(version, v -> new HashSet<>()).add(eventId);
        if (version > currentVersion) {
            currentVersion = version;
            currentState = state;
        }
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
