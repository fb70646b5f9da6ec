package org.studiebro.testsupport;

import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the shared infrastructure must stop when the tests are done. Kept apart from {@link SharedInfrastructure} so
 * that the launcher listener loads nothing from spring-kafka-test, which a module without integration tests lacks.
 */
final class StopList {

    private static final Logger LOG = LoggerFactory.getLogger(StopList.class);
    private static final List<Runnable> STOPS = new ArrayList<>();

    private StopList() {
    }

    static synchronized void add(Runnable stop) {
        STOPS.add(stop);
    }

    /** Runs every stop added so far, the last added first, and forgets them. */
    static void stopAll() {
        List<Runnable> stops;
        synchronized (StopList.class) {
            stops = new ArrayList<>(STOPS.reversed());
            STOPS.clear();
        }
        for (Runnable stop : stops) {
            try {
                stop.run();
            } catch (RuntimeException e) {
                LOG.warn("Could not stop shared test infrastructure", e);
            }
        }
    }
}
