package org.studiebro.applications.replay;

import java.util.Map;

import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.stereotype.Component;
import org.studiebro.applications.ApplicationsServiceApplication;
import org.studiebro.applications.KeyOnlyProducerListener;
import org.studiebro.schemas.Topics;
import org.studiebro.schemas.serde.DeadLetterSerializer;

/**
 * Publishes records the views cannot read or apply to dead-letters.applications-service, with Spring Kafka's
 * headers naming the reason and the original topic, partition and offset. Its producer is its own (not a bean,
 * so Boot's KafkaTemplate stays auto-configured) and is closed with the context.
 */
@Component
class DeadLetters implements DisposableBean {

    static final String TOPIC = Topics.deadLetters(ApplicationsServiceApplication.SERVICE_NAME);

    private final DefaultKafkaProducerFactory<Object, Object> producerFactory;
    private final DeadLetterPublishingRecoverer recoverer;

    DeadLetters(KafkaProperties kafkaProperties, KeyOnlyProducerListener producerListener) {
        Map<String, Object> producer = kafkaProperties.buildProducerProperties();
        producer.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        producer.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, DeadLetterSerializer.class);
        producer.put(ProducerConfig.CLIENT_ID_CONFIG, ApplicationsServiceApplication.SERVICE_NAME + "-dead-letters");
        this.producerFactory = new DefaultKafkaProducerFactory<>(producer);
        KafkaTemplate<Object, Object> template = new KafkaTemplate<>(producerFactory);
        template.setProducerListener(producerListener);
        this.recoverer = new DeadLetterPublishingRecoverer(template, (record, exception) -> new TopicPartition(TOPIC, -1));
    }

    DeadLetterPublishingRecoverer recoverer() {
        return recoverer;
    }

    @Override
    public void destroy() {
        producerFactory.destroy();
    }
}
