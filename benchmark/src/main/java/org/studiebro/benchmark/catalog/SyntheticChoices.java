package org.studiebro.benchmark.catalog;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.studiebro.benchmark.load.ApplicationBodies;
import org.studiebro.benchmark.load.PlannedRequest;
import org.studiebro.benchmark.load.RequestSource;

/**
 * Learners of the synthetic course events' own municipality (no cost decision is needed) naming one to three of the
 * synthetic course events, drawn uniformly from the whole synthetic catalog, so that lookups touch all of it.
 */
final class SyntheticChoices implements RequestSource {

    private static final int MAX_CHOICES = 3;

    private final ApplicationBodies bodies;
    private final List<String> courseEvents;
    private final SplittableRandom random;

    SyntheticChoices(String runId, List<String> courseEvents, long seed) {
        this.bodies = new ApplicationBodies(runId, 0, LocalDate.now());
        this.courseEvents = List.copyOf(courseEvents);
        this.random = new SplittableRandom(seed);
    }

    @Override
    public synchronized PlannedRequest next(long sequence) {
        int count = Math.min(courseEvents.size(), 1 + random.nextInt(MAX_CHOICES));
        List<String> chosen = new ArrayList<>(count);
        while (chosen.size() < count) {
            String event = courseEvents.get(random.nextInt(courseEvents.size()));
            if (!chosen.contains(event)) {
                chosen.add(event);
            }
        }
        return bodies.valid(sequence, SyntheticCatalog.MUNICIPALITY, chosen, random);
    }

    /** One application naming exactly these course events, in this order. */
    static RequestSource fixed(String runId, List<String> courseEvents) {
        ApplicationBodies bodies = new ApplicationBodies(runId, 0, LocalDate.now());
        SplittableRandom random = new SplittableRandom();
        return sequence -> bodies.valid(sequence, SyntheticCatalog.MUNICIPALITY, courseEvents, random);
    }
}
