package org.studiebro.routing.edge;

/** A record on a party's decision topic that is not that party's decision: dead-lettered, never routed. */
final class RefusedDecisionException extends RuntimeException {

    RefusedDecisionException(String message) {
        super(message);
    }
}
