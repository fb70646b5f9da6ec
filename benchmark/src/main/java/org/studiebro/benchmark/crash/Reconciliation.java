package org.studiebro.benchmark.crash;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Compares what the intake accepted with what the platform's topics, its status view and the SMTP server hold
 * afterwards. It is fed record by record (in topic order per application) and then asked for its {@link Check}s.
 * Only accepted applications count; records of other applications (none, on a scratch platform) are ignored.
 */
final class Reconciliation {

    /** Application states in which nothing is left to decide: with automatic parties every application ends here. */
    static final Set<String> FINAL_STATES = Set.of("ADMITTED", "RESERVE", "NOT_ADMITTED", "WITHDRAWN");

    private final Set<String> accepted = new HashSet<>();
    private final Map<String, Integer> submitted = new HashMap<>();
    static final String LEARNER_EMAILS = "learner e-mail dispatched at receipt and final status, once each";

    private final Map<String, StatusHistory> statuses = new HashMap<>();
    private final Set<SeatChoice> routed = new HashSet<>();
    private final Map<SeatChoice, Integer> seatRequests = new HashMap<>();
    private final Map<String, Integer> seatRequestEventIds = new HashMap<>();
    private final Map<String, Integer> learnerEmails = new HashMap<>();
    private final Set<String> dispatchedMessageIds = new HashSet<>();
    private final Map<String, Integer> receivedMessageIds = new HashMap<>();
    private final Map<String, String> views = new HashMap<>();
    private final Map<String, Long> deadLetters = new TreeMap<>();

    void accepted(Collection<String> applicationIds) {
        accepted.addAll(applicationIds);
    }

    void submitted(String applicationId) {
        submitted.merge(applicationId, 1, Integer::sum);
    }

    /**
     * @param seatChoices the course events of this event's choices that stand at or past their seat request
     */
    void status(String applicationId, int version, String eventId, String state, boolean reserveMove,
            List<String> seatChoices) {
        statuses.computeIfAbsent(applicationId, id -> new StatusHistory()).add(version, eventId, state, reserveMove);
        seatChoices.forEach(courseEvent -> routed.add(new SeatChoice(applicationId, courseEvent)));
    }

    void seatRequested(String applicationId, String courseEventId, String eventId) {
        seatRequests.merge(new SeatChoice(applicationId, courseEventId), 1, Integer::sum);
        seatRequestEventIds.merge(eventId, 1, Integer::sum);
    }

    void learnerEmailDispatched(String statusEventId, String messageId) {
        learnerEmails.merge(statusEventId, 1, Integer::sum);
        if (messageId != null) {
            dispatchedMessageIds.add(MessageIds.normalized(messageId));
        }
    }

    /** The SMTP server's count of messages per Message-ID. */
    void mailsReceived(Map<String, Integer> copiesByMessageId) {
        copiesByMessageId.forEach((id, copies) -> receivedMessageIds.merge(MessageIds.normalized(id), copies,
                Integer::sum));
    }

    /** What GET /api/v1/applications/{id} answered: "ADMITTED v7", or null when it had no status. */
    void statusView(String applicationId, String state, Integer version) {
        views.put(applicationId, state == null ? null : state + " v" + version);
    }

    void deadLetters(String service, long count) {
        deadLetters.put(service, count);
    }

    Map<String, Long> deadLettersByService() {
        return Map.copyOf(deadLetters);
    }

    List<Check> checks() {
        List<Check> checks = new ArrayList<>();
        checks.add(submittedCheck());
        checks.add(statusCheck());
        checks.add(viewCheck());
        checks.add(seatRequestCheck());
        checks.add(learnerEmailCheck());
        checks.add(smtpCheck());
        long letters = deadLetters.values().stream().mapToLong(Long::longValue).sum();
        // A dead letter is a record some service gave up on: counted as lost.
        checks.add(Check.of("dead letters (all services)", 0, letters, letters, 0, letters == 0 ? ""
                : deadLetters.toString()));
        return checks;
    }

    private Check submittedCheck() {
        long lost = accepted.stream().filter(id -> !submitted.containsKey(id)).count();
        long doubled = accepted.stream().filter(id -> submitted.getOrDefault(id, 0) > 1).count();
        long unexpected = submitted.keySet().stream().filter(id -> !accepted.contains(id)).count();
        return Check.of("accepted (202) vs applications.submitted", accepted.size(),
                accepted.size() - lost - doubled, lost, doubled, unexpected == 0 ? ""
                        : unexpected + " submitted without a 202 answer");
    }

    private Check statusCheck() {
        long none = 0;
        long notFinal = 0;
        long doubled = 0;
        for (String id : accepted) {
            StatusHistory history = statuses.get(id);
            if (history == null) {
                none++;
            } else if (history.conflicting()) {
                doubled++;
            } else if (!FINAL_STATES.contains(history.currentState())) {
                notFinal++;
            }
        }
        long lost = none + notFinal;
        return Check.of("one final current status (applications.status)", accepted.size(),
                accepted.size() - lost - doubled, lost, doubled,
                lost == 0 ? "" : none + " without any status, " + notFinal + " not final");
    }

    private Check viewCheck() {
        long missing = 0;
        long differing = 0;
        for (String id : accepted) {
            StatusHistory history = statuses.get(id);
            String view = views.get(id);
            if (view == null) {
                missing++;
            } else if (history == null || !view.equals(history.currentState() + " v" + history.currentVersion())) {
                differing++;
            }
        }
        long lost = missing + differing;
        return Check.of("status view over HTTP = topic's current status", accepted.size(), accepted.size() - lost,
                lost, 0, lost == 0 ? "" : missing + " without a status, " + differing + " differing");
    }

    private Check seatRequestCheck() {
        long lost = 0;
        long doubled = 0;
        for (SeatChoice choice : routed) {
            int count = seatRequests.getOrDefault(choice, 0);
            if (count == 0) {
                lost++;
            } else if (count > 1) {
                doubled++;
            }
        }
        long unexpected = seatRequests.keySet().stream()
                .filter(choice -> accepted.contains(choice.applicationId()) && !routed.contains(choice)).count();
        long repeatedEventIds = seatRequestEventIds.values().stream().filter(count -> count > 1).count();
        List<String> notes = new ArrayList<>();
        if (unexpected > 0) {
            notes.add(unexpected + " requests for choices never routed");
        }
        if (repeatedEventIds > 0) {
            notes.add(repeatedEventIds + " event ids on more than one record");
        }
        return Check.of("one SeatRequested per routed choice", routed.size(), routed.size() - lost - doubled,
                lost, doubled + repeatedEventIds, String.join("; ", notes));
    }

    /**
     * The learner is e-mailed about the changes that matter, not every status event (the notification-service's
     * rule): every application's receipt and final status must be e-mailed once, and no status event twice.
     */
    private Check learnerEmailCheck() {
        long expected = 0;
        long lost = 0;
        long doubledRequired = 0;
        long doubled = 0;
        for (String id : accepted) {
            StatusHistory history = statuses.get(id);
            if (history == null) {
                continue;
            }
            Set<String> required = history.mustBeEmailed();
            for (String statusEventId : history.eventIds()) {
                int count = learnerEmails.getOrDefault(statusEventId, 0);
                boolean isRequired = required.contains(statusEventId);
                expected += isRequired ? 1 : 0;
                lost += isRequired && count == 0 ? 1 : 0;
                doubledRequired += isRequired && count > 1 ? 1 : 0;
                doubled += count > 1 ? 1 : 0;
            }
        }
        return Check.of(LEARNER_EMAILS, expected, expected - lost - doubledRequired, lost, doubled, "");
    }

    private Check smtpCheck() {
        long lost = dispatchedMessageIds.stream().filter(id -> !receivedMessageIds.containsKey(id)).count();
        long doubled = dispatchedMessageIds.stream().filter(id -> receivedMessageIds.getOrDefault(id, 0) > 1)
                .count();
        long extraCopies = dispatchedMessageIds.stream()
                .mapToLong(id -> Math.max(0, receivedMessageIds.getOrDefault(id, 0) - 1)).sum();
        String note = doubled == 0 ? "" : doubled + " Message-IDs arrived more than once (" + extraCopies
                + " extra copies): the notification-service's documented at-least-once window (killed between "
                + "SMTP accept and commit)";
        return new Check("learner e-mails received by SMTP (per Message-ID)", dispatchedMessageIds.size(),
                dispatchedMessageIds.size() - lost - doubled, lost, doubled, true, note);
    }
}
