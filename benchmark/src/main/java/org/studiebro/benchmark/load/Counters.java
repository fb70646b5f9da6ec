package org.studiebro.benchmark.load;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;

/** What the sender counts: requests sent, answers by outcome, errors by kind, requests in flight. */
final class Counters {

    final LongAdder sent = new LongAdder();
    final LongAdder malformedSent = new LongAdder();
    final LongAdder accepted = new LongAdder();
    final LongAdder refused = new LongAdder();
    final AtomicInteger inFlight = new AtomicInteger();
    private final Map<String, LongAdder> errors = new ConcurrentHashMap<>();

    void error(String kind) {
        errors.computeIfAbsent(kind, unused -> new LongAdder()).increment();
    }

    long errorCount() {
        return errors.values().stream().mapToLong(LongAdder::sum).sum();
    }

    Map<String, Long> errors() {
        Map<String, Long> copy = new TreeMap<>();
        errors.forEach((kind, count) -> copy.put(kind, count.sum()));
        return copy;
    }

    long answered() {
        return accepted.sum() + refused.sum() + errorCount();
    }
}
