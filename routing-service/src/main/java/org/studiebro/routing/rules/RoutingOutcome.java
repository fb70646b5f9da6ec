package org.studiebro.routing.rules;

import java.util.List;

import org.apache.avro.specific.SpecificRecord;

/**
 * What one input did to an application: a new state and the events to publish, nothing (a repeat or a decision
 * that came too late), or nothing because the input cannot be processed (it goes to the dead-letter topic).
 */
public record RoutingOutcome(ApplicationRouting state, List<SpecificRecord> events, String unprocessableReason) {

    private static final RoutingOutcome IGNORED = new RoutingOutcome(null, List.of(), null);

    static RoutingOutcome changed(ApplicationRouting state, List<SpecificRecord> events) {
        return new RoutingOutcome(state, List.copyOf(events), null);
    }

    public static RoutingOutcome ignored() {
        return IGNORED;
    }

    public static RoutingOutcome unprocessable(String reason) {
        return new RoutingOutcome(null, List.of(), reason);
    }

    public boolean isChanged() {
        return state != null;
    }

    public boolean isUnprocessable() {
        return unprocessableReason != null;
    }
}
