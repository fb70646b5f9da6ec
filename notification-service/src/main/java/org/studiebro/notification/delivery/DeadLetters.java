package org.studiebro.notification.delivery;

import java.util.Map;

import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.TopicPartition;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.core.ProducerFactory;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.support.ProducerListener;
import org.springframework.stereotype.Component;
import org.studiebro.schemas.Topics;
import org.studiebro.schemas.serde.DeadLetterSerializer;

/**
 * Publishes what this service cannot read or deliver to dead-letters.notification-service (partition chosen by the
 * key), with Spring Kafka's headers: the reason (kafka_dlt-exception-fqcn, -message, -stacktrace) and the
 * original topic, partition and offset (kafka_dlt-original-*).
 */
@Component
class DeadLetters implements DisposableBean {

    static final String TOPIC = Topics.deadLetters(StatusDelivery.PRODUCER);

    private final KafkaTemplate<Object, Object> template;

    DeadLetters(ProducerFactory<Object, Object> producerFactory, ProducerListener<Object, Object> producerListener) {
        this.template = new KafkaTemplate<>(producerFactory,
                Map.of(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, DeadLetterSerializer.class));
        this.template.setProducerListener(producerListener);
        // The after-rollback processor recovers outside the listener's transaction; the dead letter is written
        // (and acknowledged) before the offset moves past it, so at worst it is written twice, never lost.
        this.template.setAllowNonTransactional(true);
    }

    DeadLetterPublishingRecoverer recoverer() {
        return new DeadLetterPublishingRecoverer(template, (record, exception) -> new TopicPartition(TOPIC, -1));
    }

    @Override
    public void destroy() {
        template.destroy();
    }
}
