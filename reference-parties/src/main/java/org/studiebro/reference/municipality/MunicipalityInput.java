package org.studiebro.reference.municipality;

import org.studiebro.events.CostRequestEvent;

/**
 * What the municipality's task processes: a cost request from the routing-service, or an officer's decision on one.
 * Both travel on one internal topic keyed by application id, so that a decision reaches the task that keeps the
 * request it decides.
 */
sealed interface MunicipalityInput permits MunicipalityInput.Asked, ManualCostDecision {

    /** A record of cost-requests.&lt;municipality&gt;. */
    record Asked(CostRequestEvent request) implements MunicipalityInput {
    }
}
