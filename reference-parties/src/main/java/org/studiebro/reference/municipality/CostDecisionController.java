package org.studiebro.reference.municipality;

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
import org.studiebro.reference.web.DecisionCommands;
import org.studiebro.plumbing.problem.InvalidField;
import org.studiebro.plumbing.problem.Problems;

/**
 * A manual municipality's officers: the cost requests waiting on them, and their decisions. The reference writes
 * cost-decisions.&lt;municipality&gt; on the municipality's behalf, as it does for its automatic answers.
 */
@RestController
@RequestMapping("/api/v1/municipalities/{municipality}")
@ConditionalOnBooleanProperty(name = "studiebro.municipality.enabled", matchIfMissing = true)
class CostDecisionController {

    private final PendingCostRequests pending;
    private final DecisionCommands<ManualCostDecision> commands;
    private final Clock clock;

    CostDecisionController(PendingCostRequests pending, DecisionCommands<ManualCostDecision> commands, Clock clock) {
        this.pending = pending;
        this.commands = commands;
        this.clock = clock;
    }

    @GetMapping("/cost-requests")
    List<CostRequestView> costRequests(@PathVariable String municipality) {
        return pending.of(municipality).stream().map(CostRequestView::of).toList();
    }

    /** 202: the decision is handed to the topology, which writes it unless the request stopped pending meanwhile. */
    @PostMapping("/cost-decisions")
    ResponseEntity<ManualCostDecision> decide(@PathVariable String municipality, @RequestBody CostDecisionForm form) {
        List<InvalidField> errors = form.invalidFields();
        if (!errors.isEmpty()) {
            throw Problems.invalidRequest(errors);
        }
        PendingCostRequest asked = pending.find(municipality, form.applicationId(), form.choiceRank())
                .orElseThrow(() -> Problems.notFound("No cost request for choice " + form.choiceRank()
                        + " of application " + form.applicationId() + " is waiting on " + municipality + "."));
        ManualCostDecision decision = ManualCostDecision.of(asked, form, clock.instant());
        commands.publish(asked.applicationId(), decision);
        return ResponseEntity.accepted().body(decision);
    }
}
