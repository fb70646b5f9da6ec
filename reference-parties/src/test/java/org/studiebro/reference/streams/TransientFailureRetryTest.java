package org.studiebro.reference.streams;

import org.studiebro.plumbing.streams.TransientFailures;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.streams.errors.StreamsException;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse;
import org.junit.jupiter.api.Test;
import org.studiebro.serde.SchemaRegistryUnavailableException;

class TransientFailureRetryTest {

    private final TransientFailureRetry retry = new TransientFailureRetry(Duration.ZERO);

    @Test
    void anUnreachableRegistryAnywhereInTheCauseChainIsTransient() {
        var failure = new StreamsException("task failed",
                new SerializationException("cannot read", new SchemaRegistryUnavailableException("refused")));

        assertThat(TransientFailures.isTransient(failure)).isTrue();
        assertThat(retry.handle(failure)).isEqualTo(StreamThreadExceptionResponse.REPLACE_THREAD);
    }

    @Test
    void anyOtherFailureStopsTheClient() {
        var failure = new StreamsException("task failed", new IllegalStateException("bug"));

        assertThat(TransientFailures.isTransient(failure)).isFalse();
        assertThat(retry.handle(failure)).isEqualTo(StreamThreadExceptionResponse.SHUTDOWN_CLIENT);
    }
}
