package org.studiebro.reference.seatowner;

import java.util.HashMap;
import java.util.Map;

/**
 * What the seat owner counts per course event, so that a request is decided without reading the holders: the
 * admitted applications and the reserves per section of the reserve list ({@link ReserveRank#section}). Its size is
 * bounded by the number of sections (the priority groups), not by the number of holders.
 */
record SeatCounts(int admitted, Map<String, Integer> reserves) {

    static final SeatCounts NONE = new SeatCounts(0, Map.of());

    SeatCounts {
        reserves = Map.copyOf(reserves);
    }

    boolean isEmpty() {
        return admitted == 0 && reserves.isEmpty();
    }

    int reservesBefore(String section) {
        return reserves.entrySet().stream().filter(entry -> entry.getKey().compareTo(section) < 0)
                .mapToInt(Map.Entry::getValue).sum();
    }

    int reservesIn(String section) {
        return reserves.getOrDefault(section, 0);
    }

    int reservesAfter(String section) {
        return reserves.entrySet().stream().filter(entry -> entry.getKey().compareTo(section) > 0)
                .mapToInt(Map.Entry::getValue).sum();
    }

    SeatCounts withAdmitted(int change) {
        return new SeatCounts(admitted + change, reserves);
    }

    SeatCounts withReserves(String section, int change) {
        Map<String, Integer> changed = new HashMap<>(reserves);
        int count = reservesIn(section) + change;
        if (count == 0) {
            changed.remove(section);
        } else {
            changed.put(section, count);
        }
        return new SeatCounts(admitted, changed);
    }
}
