package org.studiebro.applications.intake;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;
import org.studiebro.applications.publishing.AcknowledgedPublisher;
import org.studiebro.events.ApplicationSubmitted;
import org.studiebro.schemas.Topics;

/**
 * Publishes an accepted application to applications.submitted (key = application id) and waits for the
 * broker's acknowledgement, at most studiebro.intake.publish-timeout, else answers 503 ({@link
 * AcknowledgedPublisher}). A retried submission that finds no record publishes once more under the same
 * application id, which the routing-service ignores.
 */
@Component
class ApplicationPublisher {

    private final KafkaTemplate<String, Object> template;
    private final AcknowledgedPublisher publisher;

    ApplicationPublisher(KafkaTemplate<String, Object> template, IntakeProperties properties) {
        this.template = template;
        this.publisher = new AcknowledgedPublisher(template, properties.publishTimeout(), properties.retryAfter(),
                "application");
    }

    /** Creating the producer takes a while the first time; not on the first learner's clock. */
    @EventListener(ApplicationReadyEvent.class)
    void createProducer() {
        template.getProducerFactory().createProducer();
    }

    void publish(ApplicationSubmitted submitted) {
        publisher.publish(Topics.APPLICATIONS_SUBMITTED, submitted.getApplicationId(), submitted);
    }
}
