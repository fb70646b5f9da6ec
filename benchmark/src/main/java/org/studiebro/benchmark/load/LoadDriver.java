package org.studiebro.benchmark.load;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

import org.studiebro.benchmark.measure.TimeSeries;

/**
 * Sends the requests. At a fixed rate (open loop) request i is due at start + i/rate, whatever happened to the
 * requests before it, and every latency is measured from that due time: when the intake slows down, requests queue
 * for a connection and their waiting counts, instead of the sender quietly sending less (coordinated omission).
 * As fast as possible (closed loop), {@code concurrency} senders each send their next request when the last answered.
 * Each request runs on a virtual thread; at most {@code concurrency} are in flight.
 */
final class LoadDriver {

    static final String SENT = "sent";
    static final String REFUSED = "refused";
    static final String ERRORS = "errors";

    private final LoadSettings settings;
    private final RequestSource source;
    private final IntakeClient client;
    private final Tracker tracker;
    private final Counters counters;
    private final TimeSeries series;
    private final Semaphore connections;
    private volatile long startNanos;
    private volatile long endNanos;

    LoadDriver(LoadSettings settings, RequestSource source, IntakeClient client, Tracker tracker, Counters counters,
            TimeSeries series) {
        this.settings = settings;
        this.source = source;
        this.client = client;
        this.tracker = tracker;
        this.counters = counters;
        this.series = series;
        this.connections = new Semaphore(settings.concurrency());
    }

    /** Sends until the duration or count is reached (or {@code stop} is set) and every request is answered. */
    void run(StopFlag stop) {
        startNanos = System.nanoTime();
        try (ExecutorService requests = Executors.newVirtualThreadPerTaskExecutor()) {
            if (settings.openLoop()) {
                schedule(requests, stop);
            } else {
                List<Runnable> senders = new ArrayList<>();
                AtomicLong sequence = new AtomicLong();
                for (int i = 0; i < settings.concurrency(); i++) {
                    senders.add(() -> sendInTurn(sequence, stop));
                }
                senders.forEach(requests::submit);
            }
        }
        endNanos = System.nanoTime();
    }

    long startNanos() {
        return startNanos;
    }

    /** Seconds from the first request due to the last answer. */
    double seconds() {
        return (endNanos - startNanos) / 1e9;
    }

    private void schedule(ExecutorService requests, StopFlag stop) {
        double periodNanos = 1e9 / settings.rate();
        for (long i = 0; !stop.stopped(); i++) {
            long due = startNanos + Math.round(i * periodNanos);
            if (finished(i, due)) {
                return;
            }
            for (long wait = due - System.nanoTime(); wait > 0; wait = due - System.nanoTime()) {
                LockSupport.parkNanos(wait);
            }
            long sequence = i;
            requests.submit(() -> send(sequence, due));
        }
    }

    private void sendInTurn(AtomicLong sequence, StopFlag stop) {
        while (!stop.stopped()) {
            long i = sequence.getAndIncrement();
            long due = System.nanoTime();
            if (finished(i, due)) {
                return;
            }
            send(i, due);
        }
    }

    private boolean finished(long sequence, long due) {
        if (settings.duration() != null) {
            return due - startNanos >= settings.duration().toNanos();
        }
        return sequence >= settings.count();
    }

    private void send(long sequence, long due) {
        PlannedRequest request = source.next(sequence);
        IntakeClient.Answer answer;
        try {
            connections.acquire();
            counters.inFlight.incrementAndGet();
            try {
                counters.sent.increment();
                if (request.malformed()) {
                    counters.malformedSent.increment();
                }
                series.count(SENT, System.nanoTime());
                answer = client.submit(request);
            } finally {
                counters.inFlight.decrementAndGet();
                connections.release();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        classify(request, answer, due, System.nanoTime());
    }

    private void classify(PlannedRequest request, IntakeClient.Answer answer, long due, long answered) {
        if (answer.transportError() != null) {
            error(answer.transportError(), answered);
        } else if (request.malformed()) {
            if (answer.status() == 400) {
                counters.refused.increment();
                series.count(REFUSED, answered);
                tracker.answered(due, answered);
            } else {
                error("malformed request answered " + answer.status() + " (" + request.malformedKind() + ")",
                        answered);
            }
        } else if (answer.status() == 202 && answer.applicationId() != null) {
            counters.accepted.increment();
            tracker.accepted(answer.applicationId(), due, answered);
        } else {
            error("HTTP " + answer.status(), answered);
            tracker.answered(due, answered);
        }
    }

    private void error(String kind, long at) {
        counters.error(kind);
        series.count(ERRORS, at);
    }
}
