package org.studiebro.reference.seatowner;

import java.time.Clock;
import java.util.List;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.studiebro.events.SeatOutcome;
import org.studiebro.reference.web.DecisionCommands;
import org.studiebro.plumbing.problem.InvalidField;
import org.studiebro.plumbing.problem.Problems;
import org.springframework.http.HttpStatus;
import java.net.URI;

/**
 * A manual seat owner's officers: the seat requests waiting on them, and their admission decisions. The reference
 * writes seat-decisions.&lt;owner&gt; on the seat owner's behalf, as it does for its automatic answers.
 */
@RestController
@RequestMapping("/api/v1/seat-owners/{owner}")
@ConditionalOnBooleanProperty(name = "studiebro.seat-owner.enabled", matchIfMissing = true)
class SeatDecisionController {

    static final URI NO_FREE_SEAT = URI.create("urn:studiebro:problem:no-free-seat");

    private final PendingSeatRequests pending;
    private final DecisionCommands<ManualSeatDecision> commands;
    private final Clock clock;

    SeatDecisionController(PendingSeatRequests pending, DecisionCommands<ManualSeatDecision> commands, Clock clock) {
        this.pending = pending;
        this.commands = commands;
        this.clock = clock;
    }

    @GetMapping("/seat-requests")
    List<SeatRequestView> seatRequests(@PathVariable String owner) {
        return pending.of(owner).stream().map(SeatRequestView::of).toList();
    }

    /**
     * 202: the decision is handed to the topology, which applies it unless the request stopped pending or the last
     * seat went meanwhile. An admission to a full course event is refused here already (409), so the officer knows.
     */
    @PostMapping("/seat-decisions")
    ResponseEntity<ManualSeatDecision> decide(@PathVariable String owner, @RequestBody SeatDecisionForm form) {
        List<InvalidField> errors = form.invalidFields();
        if (!errors.isEmpty()) {
            throw Problems.invalidRequest(errors);
        }
        PendingSeatRequest asked = pending.find(owner, form.applicationId(), form.courseEventId(), form.choiceRank())
                .orElseThrow(() -> Problems.notFound("No seat request for choice " + form.choiceRank()
                        + " of application " + form.applicationId() + " to course event " + form.courseEventId()
                        + " is waiting on " + owner + "."));
        ManualSeatDecision decision = ManualSeatDecision.of(asked, form, clock.instant());
        if (decision.outcome() == SeatOutcome.ADMITTED && pending.freeSeats(asked.courseEventId()) == 0) {
            throw Problems.of(HttpStatus.CONFLICT, NO_FREE_SEAT, "No free seat",
                    "Course event " + asked.courseEventId() + " has no free seat: decide RESERVE, "
                    + "or admit when a seat comes free.");
        }
        commands.publish(asked.applicationId(), decision);
        return ResponseEntity.accepted().body(decision);
    }
}
