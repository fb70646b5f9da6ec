package org.studiebro.notification.delivery;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.core.ProducerFactory;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.support.KafkaUtils;
import org.springframework.kafka.support.ProducerListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.studiebro.schemas.Topics;
import org.studiebro.schemas.serde.DeadLetterSerializer;

/**
 * Publishes what this service cannot read or deliver to dead-letters.notification-service (partition chosen by the
 * key), with Spring Kafka's headers: the reason (kafka_dlt-exception-fqcn, -message, -stacktrace) and the
 * original topic, partition and offset (kafka_dlt-original-*).
 *
 * <p>A record is dead-lettered after the rollback of the poll batch it failed in, and the batch comes again: this
 * remembers the record until a transaction that read past it commits, so that the listener skips it meanwhile.
 */
@Component
class DeadLetters implements DisposableBean {

    static final String TOPIC = Topics.deadLetters(StatusDelivery.PRODUCER);

    private static final Logger LOG = LoggerFactory.getLogger(DeadLetters.class);

    private final KafkaTemplate<Object, Object> template;
    private final DeadLetterPublishingRecoverer recoverer;
    private final Set<Coordinates> deadLettered = ConcurrentHashMap.newKeySet();

    DeadLetters(ProducerFactory<Object, Object> producerFactory, ProducerListener<Object, Object> producerListener) {
        this.template = new KafkaTemplate<>(nonTransactional(producerFactory),
                Map.of(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, DeadLetterSerializer.class));
        this.template.setProducerListener(producerListener);
        this.recoverer = new DeadLetterPublishingRecoverer(template,
                (record, exception) -> new TopicPartition(TOPIC, -1));
        this.recoverer.setHeadersFunction(DeadLetterReasons::of);
    }

    /**
     * The service's producer settings without its transactions. A dead letter is written (and acknowledged) before
     * the offset moves past its record, inside the listener's transaction or after its rollback alike, and is never
     * rolled back with it: at worst it is written twice, never lost.
     */
    private static ProducerFactory<Object, Object> nonTransactional(ProducerFactory<Object, Object> producerFactory) {
        Map<String, Object> config = new HashMap<>(producerFactory.getConfigurationProperties());
        config.remove(ProducerConfig.TRANSACTIONAL_ID_CONFIG);
        return new DefaultKafkaProducerFactory<>(config);
    }

    /** Writes the record to the dead-letter topic and waits for the broker to take it. */
    void publish(ConsumerRecord<?, ?> record, Exception reason) {
        recoverer.accept(record, reason);
        deadLettered.add(coordinates(record));
    }

    /**
     * Dead-letters a record that is no status event from inside the listener's transaction, which goes on with the
     * rest of its batch; should that transaction still roll back, the record is skipped when the batch comes again.
     */
    void publishInBatch(ConsumerRecord<?, ?> record, Exception reason) {
        LOG.warn("Record {} is no status event, sent to {}: {}", KafkaUtils.format(record), TOPIC,
                DeadLetterReasons.describe(reason));
        publish(record, reason);
        forgetAfterCommit(coordinates(record));
    }

    /** Whether the record was dead-lettered and must be skipped when its batch comes again. */
    boolean skip(ConsumerRecord<?, ?> record) {
        Coordinates coordinates = coordinates(record);
        if (!deadLettered.contains(coordinates)) {
            return false;
        }
        forgetAfterCommit(coordinates);
        return true;
    }

    private void forgetAfterCommit(Coordinates coordinates) {
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                deadLettered.remove(coordinates);
            }
        });
    }

    private static Coordinates coordinates(ConsumerRecord<?, ?> record) {
        return new Coordinates(record.topic(), record.partition(), record.offset());
    }

    @Override
    public void destroy() {
        template.destroy();
    }

    /** Where a record is; Spring Kafka's TopicPartitionOffset is no key for this, its equals ignores the offset. */
    private record Coordinates(String topic, int partition, long offset) {
    }
}
