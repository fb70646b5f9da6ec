package org.studiebro.benchmark.crash;

import java.io.PrintStream;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.studiebro.platform.launch.PlatformService;
import org.studiebro.platform.launch.ScratchPlatform;
import org.studiebro.platform.launch.ServiceProcess;

/**
 * The crashes of a run, triggered as the sender reaches a share of the applications: SIGKILL the routing-service at
 * 25 % and start it again after a pause, the same for the notification-service at 50 %, and at 75 % SIGKILL the
 * broker and start it again on the same data. They run one after the other on a thread of their own, so the sender
 * keeps its schedule; each is printed with its time.
 */
final class Disruptions {

    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss");

    private final ScratchPlatform platform;
    private final Duration downtime;
    private final PrintStream out;
    private final long routingAt;
    private final long notificationAt;
    private final long brokerAt;
    private final long startNanos = System.nanoTime();
    private final ExecutorService worker = Executors.newSingleThreadExecutor(
            task -> Thread.ofPlatform().name("disruptions").unstarted(task));
    private final List<String> log = new ArrayList<>();
    private volatile Throwable failure;

    Disruptions(ScratchPlatform platform, long applications, Duration downtime, PrintStream out) {
        this.platform = platform;
        this.downtime = downtime;
        this.out = out;
        this.routingAt = applications / 4;
        this.notificationAt = applications / 2;
        this.brokerAt = applications * 3 / 4;
    }

    /** The sender's hook: application {@code sequence} has fallen due. */
    void due(long sequence) {
        if (sequence == routingAt) {
            worker.submit(() -> crashService(PlatformService.ROUTING, sequence));
        } else if (sequence == notificationAt) {
            worker.submit(() -> crashService(PlatformService.NOTIFICATION, sequence));
        } else if (sequence == brokerAt) {
            worker.submit(() -> crashBroker(sequence));
        }
    }

    /** Waits until every crash has been recovered from; fails with the first restart that failed. */
    void awaitRecovered() throws InterruptedException {
        worker.shutdown();
        worker.awaitTermination(10, TimeUnit.MINUTES);
        if (failure != null) {
            throw new IllegalStateException("A restart failed: " + failure.getMessage(), failure);
        }
    }

    synchronized List<String> log() {
        return List.copyOf(log);
    }

    private void crashService(PlatformService service, long sequence) {
        guarded(() -> {
            ServiceProcess process = platform.services().get(service);
            platform.services().kill(service);
            note("SIGKILL %s (pid %d), due at application %d", service.module(), process.pid(), sequence);
            Thread.sleep(downtime);
            long began = System.nanoTime();
            ServiceProcess restarted = platform.services().restart(service);
            note("%s restarted (pid %d), healthy after %s", service.module(), restarted.pid(), since(began));
        });
    }

    private void crashBroker(long sequence) {
        guarded(() -> {
            platform.broker().kill();
            note("SIGKILL Kafka broker, due at application %d", sequence);
            long began = System.nanoTime();
            platform.broker().restart();
            note("Kafka broker started again on the same data, ready after %s", since(began));
        });
    }

    private void guarded(Action action) {
        try {
            action.run();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            failure = e;
        } catch (RuntimeException e) {
            failure = e;
            note("FAILED: %s", e.getMessage());
        }
    }

    private synchronized void note(String format, Object... args) {
        String line = String.format(Locale.ROOT, "t+%6.1f s (%s UTC)  ", (System.nanoTime() - startNanos) / 1e9,
                LocalTime.now(ZoneOffset.UTC).format(CLOCK)) + String.format(Locale.ROOT, format, args);
        log.add(line);
        out.println("  >> " + line);
    }

    private static String since(long nanos) {
        return String.format(Locale.ROOT, "%.1f s", (System.nanoTime() - nanos) / 1e9);
    }

    @FunctionalInterface
    private interface Action {
        void run() throws InterruptedException;
    }
}
