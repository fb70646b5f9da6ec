package org.studiebro.benchmark.load;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

import org.studiebro.benchmark.measure.LatencyStats;
import org.studiebro.benchmark.measure.TimeSeries;

/**
 * Matches what the consumers see to the applications this run submitted, by application id (the key of every
 * topic). A record may be seen before the intake's answer that names its id reaches the sender; it waits here until
 * then, and records of applications this run never submitted are dropped after a while.
 */
final class Tracker {

    private static final long EARLY_PATIENCE_NANOS = 60_000_000_000L;

    private final TimeSeries series;
    private final Map<Milestone, LatencyStats> latencies = new EnumMap<>(Milestone.class);
    private final Map<Milestone, LongAdder> reached = new EnumMap<>(Milestone.class);
    private final Map<Milestone, AtomicLong> lastReached = new EnumMap<>(Milestone.class);
    private final Map<String, TrackedApplication> applications = new ConcurrentHashMap<>();
    private final Map<String, List<Observation>> early = new ConcurrentHashMap<>();
    private final Object registration = new Object();
    private final LongAdder accepted = new LongAdder();
    private final LongAdder submittedBytes = new LongAdder();
    private final LongAdder submittedRecords = new LongAdder();

    Tracker(TimeSeries series) {
        this.series = series;
        for (Milestone milestone : Milestone.values()) {
            latencies.put(milestone, new LatencyStats(milestone.label()));
            reached.put(milestone, new LongAdder());
            lastReached.put(milestone, new AtomicLong(Long.MIN_VALUE));
        }
    }

    /** The intake answered 202 for the application due at {@code intendedNanos}. */
    void accepted(String applicationId, long intendedNanos, long answeredNanos) {
        record(new TrackedApplication.Reached(Milestone.INTAKE, answeredNanos, answeredNanos - intendedNanos));
        TrackedApplication application = new TrackedApplication(intendedNanos);
        List<Observation> seenBefore;
        synchronized (registration) {
            if (applications.putIfAbsent(applicationId, application) != null) {
                return;
            }
            seenBefore = early.remove(applicationId);
        }
        accepted.increment();
        if (seenBefore != null) {
            seenBefore.forEach(observation -> apply(application, observation));
        }
    }

    /** The intake answered, but not with 202 (a refusal or an error): only its latency counts. */
    void answered(long intendedNanos, long answeredNanos) {
        series.latency(Milestone.INTAKE.series(), answeredNanos, answeredNanos - intendedNanos);
    }

    void observed(String applicationId, Observation observation) {
        TrackedApplication application = applications.get(applicationId);
        if (application == null) {
            synchronized (registration) {
                application = applications.get(applicationId);
                if (application == null) {
                    early.computeIfAbsent(applicationId, id -> new ArrayList<>()).add(observation);
                    return;
                }
            }
        }
        apply(application, observation);
    }

    /** Forgets records that no answer of this run has claimed for a minute: other traffic on the platform. */
    void dropUnclaimed(long nowNanos) {
        synchronized (registration) {
            early.values().removeIf(seen -> nowNanos - seen.getFirst().atNanos() > EARLY_PATIENCE_NANOS);
        }
    }

    long accepted() {
        return accepted.sum();
    }

    long reached(Milestone milestone) {
        return reached.get(milestone).sum();
    }

    /** When the milestone was last reached for the first time by an application (System.nanoTime), if ever. */
    OptionalLong lastReached(Milestone milestone) {
        long last = lastReached.get(milestone).get();
        return last == Long.MIN_VALUE ? OptionalLong.empty() : OptionalLong.of(last);
    }

    LatencyStats latency(Milestone milestone) {
        return latencies.get(milestone);
    }

    /** The mean serialized size of this run's ApplicationSubmitted values, in bytes; 0 when none was seen. */
    double meanSubmittedValueBytes() {
        long count = submittedRecords.sum();
        return count == 0 ? 0 : submittedBytes.sum() / (double) count;
    }

    /** How many applications ended in each final status; "(none yet)" for those still without one. */
    Map<String, Long> finalStatuses() {
        Map<String, Long> counts = new TreeMap<>();
        applications.values().forEach(application -> counts.merge(
                application.finalStatus() == null ? "(none yet)" : application.finalStatus(), 1L, Long::sum));
        return counts;
    }

    /** Records per accepted application, on average: what one application costs the broker and the mail server. */
    Amplification amplification() {
        long count = applications.size();
        if (count == 0) {
            return new Amplification(0, 0, 0, 0);
        }
        double status = 0;
        double requests = 0;
        double withdrawals = 0;
        double notifications = 0;
        for (TrackedApplication application : applications.values()) {
            status += application.statusEvents();
            requests += application.seatRequests();
            withdrawals += application.seatWithdrawals();
            notifications += application.notifications();
        }
        return new Amplification(status / count, requests / count, withdrawals / count, notifications / count);
    }

    private void apply(TrackedApplication application, Observation observation) {
        if (observation.kind() == Observation.Kind.SUBMITTED) {
            submittedBytes.add(observation.valueSize());
            submittedRecords.increment();
        }
        application.apply(observation).forEach(this::record);
    }

    private void record(TrackedApplication.Reached first) {
        Milestone milestone = first.milestone();
        latencies.get(milestone).recordNanos(first.latencyNanos());
        reached.get(milestone).increment();
        lastReached.get(milestone).accumulateAndGet(first.atNanos(), Math::max);
        series.count(milestone.series(), first.atNanos());
        series.latency(milestone.series(), first.atNanos(), first.latencyNanos());
    }
}
