package org.studiebro.benchmark.crash;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;

/** What the sender counts while it drives the intake through the disruptions. */
final class SendFigures {

    final LongAdder applications = new LongAdder();
    final LongAdder attempts = new LongAdder();
    final LongAdder accepted = new LongAdder();
    final LongAdder refused = new LongAdder();
    final LongAdder unavailable = new LongAdder();
    final LongAdder retries = new LongAdder();
    final LongAdder gaveUp = new LongAdder();
    final LongAdder idConflicts = new LongAdder();
    final AtomicInteger retrying = new AtomicInteger();
    private final Map<String, LongAdder> failures = new ConcurrentHashMap<>();

    /** An attempt that got no usable answer: a timeout, a refused connection, an unexpected HTTP status. */
    void failure(String kind) {
        failures.computeIfAbsent(kind, unused -> new LongAdder()).increment();
    }

    Map<String, Long> failures() {
        Map<String, Long> copy = new TreeMap<>();
        failures.forEach((kind, count) -> copy.put(kind, count.sum()));
        return copy;
    }
}
