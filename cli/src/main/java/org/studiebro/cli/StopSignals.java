package org.studiebro.cli;

import java.util.concurrent.atomic.AtomicBoolean;

import sun.misc.Signal;
import sun.misc.SignalHandler;

/**
 * Ctrl-C and SIGTERM stop the platform in order. The JVM's shutdown hooks run all at once, in no order, and the
 * infrastructure's hooks kill their processes outright; handling the signals ourselves lets the services stop before
 * the broker they talk to. A second signal stops at once (the shutdown hooks then kill what still runs).
 */
final class StopSignals {

    private StopSignals() {
    }

    static void install(Runnable orderlyStop) {
        AtomicBoolean stopping = new AtomicBoolean();
        SignalHandler handler = signal -> {
            if (stopping.compareAndSet(false, true)) {
                // Asked for, so a success, also when it interrupts a demo.
                Thread.ofPlatform().name("orderly stop").start(() -> {
                    orderlyStop.run();
                    System.exit(0);
                });
            } else {
                System.err.println("Stopping at once.");
                System.exit(130);
            }
        };
        Signal.handle(new Signal("INT"), handler);
        Signal.handle(new Signal("TERM"), handler);
    }
}
