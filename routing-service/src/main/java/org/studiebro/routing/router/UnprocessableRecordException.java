package org.studiebro.routing.router;

/**
 * A readable record that routing cannot act on (a decision for an application it does not know, from the wrong
 * party, for a choice that does not exist; a catalog or reference record of the wrong type or key). Thrown from the
 * processor so that the plumbing's DeadLetteringProcessingHandler writes the record's original bytes to the dead-letter
 * topic, inside the same transaction, and routing goes on; the global stores' updater hands it to
 * the service's DeadLetterPublisher instead.
 */
class UnprocessableRecordException extends RuntimeException {

    UnprocessableRecordException(String reason) {
        super(reason, null, false, false);
    }
}
