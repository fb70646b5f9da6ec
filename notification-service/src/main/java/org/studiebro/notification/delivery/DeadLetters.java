package org.studiebro.notification.delivery;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.studiebro.plumbing.deadletter.DeadLetterPublisher;

/**
 * The status listener's dead letters, written by the service's {@link DeadLetterPublisher} outside the listener's
 * transaction. A record is dead-lettered after the rollback of the poll batch it failed in, and the batch comes
 * again: this remembers the record until a transaction that read past it commits, so that the listener skips it
 * meanwhile.
 */
@Component
class DeadLetters {

    private final DeadLetterPublisher publisher;
    private final Set<Coordinates> deadLettered = ConcurrentHashMap.newKeySet();

    DeadLetters(DeadLetterPublisher publisher) {
        this.publisher = publisher;
    }

    /** Writes the record to the dead-letter topic and waits for the broker to take it. */
    void publish(ConsumerRecord<?, ?> record, Exception reason) {
        publisher.accept(record, reason);
        deadLettered.add(coordinates(record));
    }

    /**
     * Dead-letters a record that is no status event from inside the listener's transaction, which goes on with the
     * rest of its batch; should that transaction still roll back, the record is skipped when the batch comes again.
     */
    void publishInBatch(ConsumerRecord<?, ?> record, Exception reason) {
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

    /** Where a record is; Spring Kafka's TopicPartitionOffset is no key for this, its equals ignores the offset. */
    private record Coordinates(String topic, int partition, long offset) {
    }
}
