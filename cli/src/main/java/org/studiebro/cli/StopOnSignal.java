package org.studiebro.cli;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.studiebro.benchmark.load.StopFlag;

/**
 * Ctrl-C during a measurement stops the sending; the run still gathers and writes what it measured before the JVM
 * exits (within a minute).
 */
final class StopOnSignal implements AutoCloseable {

    private static final long GRACE_SECONDS = 60;

    private final StopFlag stop = new StopFlag();
    private final CountDownLatch done = new CountDownLatch(1);

    StopOnSignal() {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            stop.stop();
            try {
                done.await(GRACE_SECONDS, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "stop measuring"));
    }

    StopFlag flag() {
        return stop;
    }

    /** What was measured is written: the JVM may exit. */
    @Override
    public void close() {
        done.countDown();
    }
}
