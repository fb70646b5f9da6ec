package org.studiebro.platform.deadletters;

import java.util.ArrayList;
import java.util.List;

import org.studiebro.schemas.Topics;

/**
 * What {@code ./studiebro dead-letters} does.
 *
 * @param service   whose dead letters; null (list only) for every service's
 * @param positions replay: the dead letters chosen, by their place in {@code dead-letters.<service>}
 * @param all       replay: every dead letter of the service
 * @param dryRun    replay: say what would be replayed, write nothing
 */
public record DeadLetterRequest(Action action, String service, List<Position> positions, boolean all,
        boolean dryRun) {

    public enum Action { LIST, REPLAY }

    /** @throws IllegalArgumentException when the service is no service name */
    public static DeadLetterRequest list(String serviceOrNull) {
        return new DeadLetterRequest(Action.LIST, serviceOrNull == null ? null : service(serviceOrNull), List.of(),
                false, false);
    }

    /** @throws IllegalArgumentException unless exactly one of positions and all chooses the dead letters */
    public static DeadLetterRequest replay(String service, List<String> positions, boolean all, boolean dryRun) {
        if (all == !positions.isEmpty()) {
            throw new IllegalArgumentException("Choose the dead letters to replay: --at PARTITION@OFFSET (once for"
                    + " each) or --all, not both.");
        }
        List<Position> chosen = new ArrayList<>();
        for (String position : positions) {
            chosen.add(Position.parse(position));
        }
        return new DeadLetterRequest(Action.REPLAY, service(service), List.copyOf(chosen), all, dryRun);
    }

    private static String service(String service) {
        if (!Topics.isPartyId(service)) {
            throw new IllegalArgumentException("Not a service name (such as routing-service): '" + service + "'");
        }
        return service;
    }
}
