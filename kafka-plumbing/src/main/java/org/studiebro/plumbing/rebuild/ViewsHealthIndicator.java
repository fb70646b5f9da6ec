package org.studiebro.plumbing.rebuild;

import java.util.Map;
import java.util.TreeMap;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;

/**
 * "views" in the health endpoint (and the readiness group): OUT_OF_SERVICE until every view has
 * read its topics up to the end offsets at startup.
 */
class ViewsHealthIndicator implements HealthIndicator {

    private final CatchUpTracker tracker;

    ViewsHealthIndicator(CatchUpTracker tracker) {
        this.tracker = tracker;
    }

    @Override
    public Health health() {
        Map<String, CatchUpTracker.ViewState> states = new TreeMap<>(tracker.states());
        boolean allCaughtUp = states.values().stream().allMatch(CatchUpTracker.ViewState::caughtUp);
        return Health.status(allCaughtUp ? Status.UP : Status.OUT_OF_SERVICE)
                .withDetails(Map.copyOf(states))
                .build();
    }
}
