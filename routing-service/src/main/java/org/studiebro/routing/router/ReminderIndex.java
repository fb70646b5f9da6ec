package org.studiebro.routing.router;

import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Set;

import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.studiebro.routing.rules.ApplicationRouting;

/**
 * The cost requests waiting for a reminder, ordered by when it is due: a second changelogged store beside the
 * routing state, so that a reminder check reads only what is due instead of every application of the task (a task
 * may hold 100,000 applications, nearly all with nothing due, and the check runs every minute). The key is the due
 * time in epoch milliseconds, zero-padded so that the store's byte order is time order, then the application id
 * and the choice rank; the value is the application id. It is written in the same task and transaction as the
 * routing state, so both always agree, also after a restore from their changelogs.
 */
final class ReminderIndex {

    private final KeyValueStore<String, String> store;

    ReminderIndex(KeyValueStore<String, String> store) {
        this.store = store;
    }

    /** Brings the index from the application's reminders {@code before} (null if new) to those of {@code after}. */
    void update(ApplicationRouting before, ApplicationRouting after) {
        Set<String> old = keys(before);
        Set<String> current = keys(after);
        old.stream().filter(key -> !current.contains(key)).forEach(store::delete);
        current.stream().filter(key -> !old.contains(key)).forEach(key -> store.put(key, after.applicationId()));
    }

    /** The applications with a reminder due by {@code now}, the longest due first, at most {@code limit}. */
    Set<String> dueBy(Instant now, int limit) {
        Set<String> due = new LinkedHashSet<>();
        // A key due at now starts with now's padded time and goes on, so it sorts before now + 1 ms, which does not.
        try (KeyValueIterator<String, String> entries = store.range(time(Instant.EPOCH),
                time(now.plusMillis(1)))) {
            while (entries.hasNext() && due.size() < limit) {
                due.add(entries.next().value);
            }
        }
        return due;
    }

    private static Set<String> keys(ApplicationRouting application) {
        Set<String> keys = new HashSet<>();
        if (application != null) {
            application.remindersDue().forEach((rank, due) -> keys.add(time(due) + "/"
                    + application.applicationId() + "/" + rank));
        }
        return keys;
    }

    private static String time(Instant instant) {
        return String.format("%015d", instant.toEpochMilli());
    }
}
