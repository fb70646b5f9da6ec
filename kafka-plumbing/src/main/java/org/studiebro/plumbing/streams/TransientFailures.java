package org.studiebro.plumbing.streams;

import org.apache.kafka.common.errors.RetriableException;

/**
 * Tells a failure that may pass (the schema registry unreachable: a Kafka RetriableException) from one that will
 * not. A record that failed transiently is sound and must be tried again, never dead-lettered.
 */
public final class TransientFailures {

    private TransientFailures() {
    }

    public static boolean isTransient(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof RetriableException) {
                return true;
            }
        }
        return false;
    }
}
