package org.studiebro.benchmark.load;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One accepted application on its way through the pipeline: when it was due to be sent, and when each milestone
 * was first seen. The final status is the first status event whose overall status is a decision for the learner;
 * the e-mail about it is the learner's NotificationDispatched that names that status event.
 */
final class TrackedApplication {

    static final Set<String> FINAL_STATUSES = Set.of("ADMITTED", "RESERVE", "NOT_ADMITTED", "WITHDRAWN");

    private final long intendedNanos;
    private final Map<Milestone, Long> reached = new EnumMap<>(Milestone.class);
    private final Map<String, Long> learnerEmails = new HashMap<>();
    private String finalEventId;
    private String finalStatus;
    private int statusEvents;
    private int seatRequests;
    private int seatWithdrawals;
    private int notifications;

    TrackedApplication(long intendedNanos) {
        this.intendedNanos = intendedNanos;
    }

    /** A milestone reached for the first time, and how long after the application was due. */
    record Reached(Milestone milestone, long atNanos, long latencyNanos) {
    }

    synchronized List<Reached> apply(Observation observation) {
        List<Reached> firsts = new ArrayList<>(2);
        long at = observation.atNanos();
        switch (observation.kind()) {
            case SUBMITTED -> reach(Milestone.SUBMITTED, at, firsts);
            case SEAT_REQUESTED -> {
                seatRequests++;
                reach(Milestone.SEAT_REQUESTED, at, firsts);
            }
            case SEAT_WITHDRAWN -> seatWithdrawals++;
            case STATUS -> {
                statusEvents++;
                if (finalEventId == null && FINAL_STATUSES.contains(observation.detail())) {
                    finalEventId = observation.eventId();
                    finalStatus = observation.detail();
                    reach(Milestone.FINAL_STATUS, at, firsts);
                    Long mailed = learnerEmails.get(finalEventId);
                    if (mailed != null) {
                        reach(Milestone.FINAL_EMAIL, mailed, firsts);
                    }
                }
            }
            case LEARNER_EMAIL -> {
                notifications++;
                learnerEmails.putIfAbsent(observation.eventId(), at);
                reach(Milestone.FIRST_EMAIL, at, firsts);
                if (observation.eventId().equals(finalEventId)) {
                    reach(Milestone.FINAL_EMAIL, at, firsts);
                }
            }
            case OTHER_NOTIFICATION -> notifications++;
        }
        return firsts;
    }

    synchronized String finalStatus() {
        return finalStatus;
    }

    synchronized int statusEvents() {
        return statusEvents;
    }

    synchronized int seatRequests() {
        return seatRequests;
    }

    synchronized int seatWithdrawals() {
        return seatWithdrawals;
    }

    synchronized int notifications() {
        return notifications;
    }

    private void reach(Milestone milestone, long at, List<Reached> firsts) {
        if (reached.putIfAbsent(milestone, at) == null) {
            firsts.add(new Reached(milestone, at, at - intendedNanos));
        }
    }
}
