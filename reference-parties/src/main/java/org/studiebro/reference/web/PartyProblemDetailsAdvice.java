package org.studiebro.reference.web;

import org.apache.kafka.streams.errors.InvalidStateStoreException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.studiebro.plumbing.problem.ProblemDetailsAdvice;
import org.studiebro.plumbing.problem.Problems;

/** The services' problem details, and a party's state store that is restoring or rebalancing as a 503 to retry. */
@RestControllerAdvice
class PartyProblemDetailsAdvice extends ProblemDetailsAdvice {

    /** Interactive queries fail while the party's Kafka Streams client restores or rebalances its stores. */
    @ExceptionHandler(InvalidStateStoreException.class)
    ResponseEntity<Object> stateNotReady(InvalidStateStoreException exception, WebRequest request) {
        return answer(exception, Problems.unavailable(
                "The party's state is being restored or rebalanced; try again shortly.", exception), request);
    }
}
