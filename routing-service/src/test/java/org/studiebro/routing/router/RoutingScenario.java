package org.studiebro.routing.router;

import java.util.List;
import java.util.Map;

import org.studiebro.events.ApplicationState;

/** One row of the routing scenario table; see the header of routing-scenarios.yaml for the columns. */
record RoutingScenario(String name, String home, List<String> choices, List<String> areas, List<String> steps,
        Expectation expect, boolean replay) {

    record Expectation(Map<String, List<String>> records, List<ApplicationState> statuses, List<String> choices,
            Map<Integer, String> reasons, String lastChange) {

        Expectation {
            records = records == null ? Map.of() : records;
            reasons = reasons == null ? Map.of() : reasons;
        }
    }

    /** The scenario's name, as the parameterized tests show it. */
    @Override
    public String toString() {
        return name;
    }
}
