package org.studiebro.benchmark.load;

/** Set by Ctrl-C: the run stops sending, skips the rest of the drain, and still writes its results. */
public final class StopFlag {

    private volatile boolean stopped;

    public void stop() {
        stopped = true;
    }

    public boolean stopped() {
        return stopped;
    }
}
