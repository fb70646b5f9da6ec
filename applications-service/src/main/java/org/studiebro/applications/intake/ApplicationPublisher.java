package org.studiebro.applications.intake;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.SendResult;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponseException;
import org.studiebro.applications.web.Problems;
import org.studiebro.events.ApplicationSubmitted;
import org.studiebro.schemas.Topics;
import org.studiebro.schemas.serde.SchemaRegistryUnavailableException;

/**
 * Publishes an accepted application to applications.submitted (key = application id) and waits for the
 * broker's acknowledgement (acks=all, idempotent producer), at most studiebro.intake.publish-timeout. When the
 * broker or the schema registry cannot be reached in time the caller gets a 503 to retry with the same
 * Idempotency-Key; the producer reconnects by itself once they are back.
 * <p>
 * The send runs on a virtual thread of its own because KafkaProducer.send blocks before it returns a future
 * (metadata of a broker that is down, a full buffer, the registry lookup of the schema id): so the wait here
 * bounds the whole publication, whatever blocks. A send still under way after a 503 may yet succeed; the
 * retried submission then finds it in the idempotency index, or is published once more under the same
 * application id, which the routing-service ignores.
 */
@Component
class ApplicationPublisher {

    private static final Logger log = LoggerFactory.getLogger(ApplicationPublisher.class);
    private static final Executor SENDING = task -> Thread.ofVirtual().name("intake-publish").start(task);

    private final KafkaTemplate<String, Object> template;
    private final IntakeProperties properties;

    ApplicationPublisher(KafkaTemplate<String, Object> template, IntakeProperties properties) {
        this.template = template;
        this.properties = properties;
    }

    /** Creating the producer takes a while the first time; not on the first learner's clock. */
    @EventListener(ApplicationReadyEvent.class)
    void createProducer() {
        template.getProducerFactory().createProducer();
    }

    void publish(ApplicationSubmitted submitted) {
        String applicationId = submitted.getApplicationId();
        CompletableFuture<SendResult<String, Object>> sent = CompletableFuture
                .supplyAsync(() -> template.send(Topics.APPLICATIONS_SUBMITTED, applicationId, submitted), SENDING)
                .thenCompose(Function.identity());
        try {
            sent.get(properties.publishTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw unavailable(applicationId, "the broker did not acknowledge within "
                    + properties.publishTimeout().toMillis() + " ms", e);
        } catch (ExecutionException e) {
            throw unavailable(applicationId, describe(e.getCause()), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw unavailable(applicationId, "interrupted while publishing", e);
        }
    }

    private ErrorResponseException unavailable(String applicationId, String reason, Throwable cause) {
        log.warn("Could not publish application {}: {}", applicationId, reason);
        return Problems.unavailable("The application could not be recorded right now (" + reason
                + "). Send the same request again with the same Idempotency-Key.", properties.retryAfter(), cause);
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
