package org.studiebro.notification.replay;

import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.core.ProducerFactory;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.support.ProducerListener;
import org.springframework.stereotype.Component;
import org.studiebro.notification.delivery.DeadLetterReasons;
import org.studiebro.schemas.Topics;
import org.studiebro.schemas.deadletters.DeadLetteredOrigins;
import org.studiebro.schemas.deadletters.DeadLetteredOrigins.Origin;
import org.studiebro.schemas.serde.DeadLetterSerializer;

/**
 * Publishes what the views cannot read or apply to dead-letters.notification-service, with the same headers as the
 * status listener's dead letters (Spring Kafka's recoverer: the reason and the original topic, partition and offset).
 * The views read their topics from the beginning at every start, so the same record comes by after every restart: it
 * is dead-lettered once, the records already on the dead-letter topic are skipped ({@link DeadLetteredOrigins}).
 */
@Component
class ViewDeadLetters implements DisposableBean {

    static final String TOPIC = Topics.deadLetters("notification-service");

    private static final Logger LOG = LoggerFactory.getLogger(ViewDeadLetters.class);

    private final KafkaTemplate<Object, Object> template;
    private final DeadLetterPublishingRecoverer recoverer;
    private final DeadLetteredOrigins written;

    ViewDeadLetters(ProducerFactory<Object, Object> producerFactory, ProducerListener<Object, Object> producerListener,
            ConsumerFactory<Object, Object> consumerFactory) {
        this.template = new KafkaTemplate<>(producerFactory,
                Map.of(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, DeadLetterSerializer.class));
        this.template.setProducerListener(producerListener);
        // The views read outside any transaction; a dead letter is acknowledged before the view goes on.
        this.template.setAllowNonTransactional(true);
        this.recoverer = new DeadLetterPublishingRecoverer(template, (record, exception) -> new TopicPartition(TOPIC, -1));
        this.recoverer.setHeadersFunction(DeadLetterReasons::of);
        this.written = new DeadLetteredOrigins(TOPIC, consumerFactory.getConfigurationProperties());
    }

    /** Writes the record to the dead-letter topic unless it holds it already. */
    void publish(ConsumerRecord<?, ?> record, Exception reason) {
        Origin origin = Origin.of(record);
        if (written.contains(origin)) {
            LOG.debug("Record {}-{}@{} was dead-lettered before", origin.topic(), origin.partition(), origin.offset());
            return;
        }
        LOG.warn("Record {}-{}@{} sent to {}: {}", origin.topic(), origin.partition(), origin.offset(), TOPIC,
                DeadLetterReasons.describe(reason));
        recoverer.accept(record, reason);
        written.add(origin);
    }

    @Override
    public void destroy() {
        template.destroy();
    }
}
