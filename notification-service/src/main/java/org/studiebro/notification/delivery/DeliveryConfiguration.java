package org.studiebro.notification.delivery;

import org.apache.kafka.common.errors.SerializationException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.ProducerFactory;
import org.springframework.kafka.support.LoggingProducerListener;
import org.springframework.kafka.support.serializer.DeserializationException;
import org.springframework.kafka.transaction.KafkaTransactionManager;
import org.springframework.transaction.support.AbstractPlatformTransactionManager;
import org.springframework.util.backoff.ExponentialBackOff;
import org.studiebro.serde.SchemaRegistryUnavailableException;

/**
 * The status listener's transactions and failure handling.
 *
 * <p>With a Kafka transaction manager, Spring Kafka hands a failed batch to the container's after-rollback
 * processor rather than to a CommonErrorHandler: DefaultAfterRollbackProcessor is DefaultErrorHandler's
 * counterpart for transactional listeners (the same back-off, classification and recoverer), and it backs off
 * after the rollback, so no transaction stays open while the SMTP server is waited for.
 * {@link BatchAfterRollbackProcessor} adds what it lacks for batches: recovering the one failed record.
 */
@Configuration(proxyBeanMethods = false)
class DeliveryConfiguration {

    /**
     * Boot's own manager, except that it runs transaction synchronization: the ledger learns of a delivery in
     * afterCommit, never before the records are committed.
     */
    @Bean
    KafkaTransactionManager<Object, Object> kafkaTransactionManager(ProducerFactory<Object, Object> producerFactory) {
        KafkaTransactionManager<Object, Object> transactionManager = new KafkaTransactionManager<>(producerFactory);
        transactionManager.setTransactionSynchronization(
                AbstractPlatformTransactionManager.SYNCHRONIZATION_ON_ACTUAL_TRANSACTION);
        return transactionManager;
    }

    /**
     * Unreadable records (not Avro, unknown schema, wrong type) and undeliverable ones go to the dead-letter topic at
     * once and the listener goes on with the rest of the batch; any other failure (SMTP or broker down, registry
     * unreachable) is retried with exponential back-off and no offset is committed meanwhile.
     */
    @Bean
    BatchAfterRollbackProcessor afterRollbackProcessor(DeadLetters deadLetters, NotificationProperties properties) {
        BatchAfterRollbackProcessor processor =
                new BatchAfterRollbackProcessor(deadLetters, backOff(properties.retry()));
        // A record is poison when its bytes cannot be read, not when the registry cannot be reached: classify a
        // DeserializationException by its cause.
        processor.removeClassification(DeserializationException.class);
        processor.addNotRetryableExceptions(SerializationException.class, UndeliverableNotificationException.class);
        processor.addRetryableExceptions(SchemaRegistryUnavailableException.class);
        return processor;
    }

    /** A failed send is logged without the record: a notice carries the learner's identity number. */
    @Bean
    LoggingProducerListener<Object, Object> kafkaProducerListener() {
        LoggingProducerListener<Object, Object> listener = new LoggingProducerListener<>();
        listener.setIncludeContents(false);
        return listener;
    }

    private static ExponentialBackOff backOff(NotificationProperties.Retry retry) {
        ExponentialBackOff backOff = new ExponentialBackOff(retry.initialInterval().toMillis(), retry.multiplier());
        backOff.setMaxInterval(retry.maxInterval().toMillis());
        if (retry.maxElapsed() != null) {
            backOff.setMaxElapsedTime(retry.maxElapsed().toMillis());
        }
        return backOff;
    }
}
