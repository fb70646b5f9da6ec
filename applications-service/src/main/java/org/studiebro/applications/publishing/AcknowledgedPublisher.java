package org.studiebro.applications.publishing;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.SendResult;
import org.springframework.web.ErrorResponseException;
import org.studiebro.plumbing.problem.Problems;
import org.studiebro.serde.SchemaRegistryUnavailableException;

/**
 * Publishes a record a learner's request stands on and waits for the broker's acknowledgement (acks=all,
 * idempotent producer), at most {@code timeout}. When the broker or the schema registry cannot be reached in
 * time the caller gets a 503 to retry with the same Idempotency-Key; the producer reconnects by itself once
 * they are back.
 * <p>
 * The send runs on a virtual thread of its own because KafkaProducer.send blocks before it returns a future
 * (metadata of a broker that is down, a full buffer, the registry lookup of the schema id): so the wait here
 * bounds the whole publication, whatever blocks. A send still under way after a 503 may yet succeed; the
 * retried request then finds it in its idempotency index, or it is published once more under the same key,
 * which consumers recognise.
 */
public final class AcknowledgedPublisher {

    private static final Logger log = LoggerFactory.getLogger(AcknowledgedPublisher.class);
    private static final Executor SENDING = task -> Thread.ofVirtual().name("acknowledged-publish").start(task);

    private final KafkaTemplate<String, Object> template;
    private final Duration timeout;
    private final Duration retryAfter;
    private final String what;

    /**
     * @param what what a record stands for, in the words of a 503's detail ("application", "withdrawal")
     */
    public AcknowledgedPublisher(KafkaTemplate<String, Object> template, Duration timeout, Duration retryAfter,
            String what) {
        this.template = template;
        this.timeout = timeout;
        this.retryAfter = retryAfter;
        this.what = what;
    }

    /** Returns once the broker has acknowledged the record; otherwise throws a 503 with Retry-After. */
    public void publish(String topic, String key, Object value) {
        CompletableFuture<SendResult<String, Object>> sent = CompletableFuture
                .supplyAsync(() -> template.send(topic, key, value), SENDING)
                .thenCompose(Function.identity());
        try {
            sent.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw unavailable(key, "the broker did not acknowledge within " + timeout.toMillis() + " ms", e);
        } catch (ExecutionException e) {
            throw unavailable(key, describe(e.getCause()), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw unavailable(key, "interrupted while publishing", e);
        }
    }

    private ErrorResponseException unavailable(String key, String reason, Throwable cause) {
        log.warn("Could not publish {} {}: {}", what, key, reason);
        return Problems.unavailable("The " + what + " could not be recorded right now (" + reason
                + "). Send the same request again with the same Idempotency-Key.", retryAfter, cause);
    }

    private static String describe(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SchemaRegistryUnavailableException) {
                return "the schema registry is unreachable";
            }
            if (cause instanceof org.apache.kafka.common.errors.TimeoutException) {
                return "the broker is unreachable";
            }
        }
        return "the broker refused the record: " + (failure == null ? "unknown cause" : failure.getClass().getSimpleName());
    }
}
