package org.studiebro.benchmark.load;

import java.io.PrintStream;
import java.util.Locale;

/**
 * The live line, printed every second: a progress bar over the run's duration or count, what was sent and answered,
 * errors, what the pipeline has done so far, the services' total lag, and the intake's p99 of the last second.
 */
final class ProgressLine {

    private static final int WIDTH = 20;

    private final LoadSettings settings;
    private final Counters counters;
    private final Tracker tracker;
    private final LagSampler lag;
    private final PrintStream out;
    private long lastSent;
    private long lastFinal;
    private long lastNanos = System.nanoTime();

    ProgressLine(LoadSettings settings, Counters counters, Tracker tracker, LagSampler lag, PrintStream out) {
        this.settings = settings;
        this.counters = counters;
        this.tracker = tracker;
        this.lag = lag;
        this.out = out;
    }

    /** One line while sending. */
    void sending(double elapsedSeconds) {
        double done = settings.duration() != null
                ? elapsedSeconds / settings.duration().toSeconds()
                : counters.sent.sum() / (double) settings.count();
        out.println(String.format(Locale.ROOT, "%5.0fs %s %3.0f%%  %s", elapsedSeconds, bar(done),
                Math.min(100, done * 100), figures()));
    }

    /** One line while waiting for the pipeline to finish the last applications. */
    void draining(double drainSeconds) {
        long accepted = tracker.accepted();
        out.println(String.format(Locale.ROOT, "drain %3.0fs  waiting for %d final statuses and %d e-mails  %s",
                drainSeconds, accepted - tracker.reached(Milestone.FINAL_STATUS),
                accepted - tracker.reached(Milestone.FINAL_EMAIL), figures()));
    }

    // Rates are over the time since the last line: the ticker's lines are not exactly a second apart.
    private String figures() {
        long now = System.nanoTime();
        double seconds = Math.max(0.001, (now - lastNanos) / 1e9);
        long sent = counters.sent.sum();
        long finals = tracker.reached(Milestone.FINAL_STATUS);
        String line = String.format(Locale.ROOT,
                "sent %d (%.0f/s)  202 %d  400 %d  errors %d  in flight %d | seat req %d  final %d (%.0f/s)"
                        + "  e-mail %d | lag %d",
                sent, (sent - lastSent) / seconds, counters.accepted.sum(), counters.refused.sum(),
                counters.errorCount(), counters.inFlight.get(), tracker.reached(Milestone.SEAT_REQUESTED), finals,
                (finals - lastFinal) / seconds, tracker.reached(Milestone.FINAL_EMAIL), lag.totalLatest());
        lastSent = sent;
        lastFinal = finals;
        lastNanos = now;
        return line;
    }

    static String bar(double done) {
        int filled = (int) Math.round(Math.max(0, Math.min(1, done)) * WIDTH);
        return "[" + "#".repeat(filled) + ".".repeat(WIDTH - filled) + "]";
    }
}
