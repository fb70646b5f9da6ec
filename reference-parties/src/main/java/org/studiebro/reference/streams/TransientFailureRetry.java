package org.studiebro.reference.streams;

import org.studiebro.plumbing.streams.TransientFailures;
import java.time.Duration;

import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A stream thread stopped by a transient failure is replaced after a pause and resumes from its last committed
 * transaction; any other failure stops the party's Kafka Streams client, as a bug should.
 */
final class TransientFailureRetry implements StreamsUncaughtExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(TransientFailureRetry.class);

    private final Duration pause;

    TransientFailureRetry(Duration pause) {
        this.pause = pause;
    }

    @Override
    public StreamThreadExceptionResponse handle(Throwable exception) {
        if (!TransientFailures.isTransient(exception)) {
            return StreamThreadExceptionResponse.SHUTDOWN_CLIENT;
        }
        log.warn("Stream thread stopped by a transient failure, replacing it in {}: {}", pause, exception.toString());
        try {
            // Runs on the failed thread: pausing here keeps an unreachable registry from a tight restart loop.
            Thread.sleep(pause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return StreamThreadExceptionResponse.REPLACE_THREAD;
    }
}
