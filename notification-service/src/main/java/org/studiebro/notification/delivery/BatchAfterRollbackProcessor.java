package org.studiebro.notification.delivery;

import java.util.List;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.jspecify.annotations.Nullable;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.kafka.listener.ContainerProperties.EOSMode;
import org.springframework.kafka.listener.DefaultAfterRollbackProcessor;
import org.springframework.kafka.listener.MessageListenerContainer;
import org.springframework.kafka.listener.RecoveryStrategy;
import org.springframework.kafka.listener.SeekUtils;
import org.springframework.util.backoff.BackOff;

/**
 * DefaultAfterRollbackProcessor for a batch listener in a transaction, with the failed record recovered on its own.
 * Spring Kafka's processor retries a rolled-back batch as a whole and cannot recover one record of it; this one takes
 * the record named by the listener's {@link BatchListenerFailedException} and treats it as the record listener's
 * processor would: a failure classified as not retryable dead-letters it at once, a retryable one backs off (per
 * record, as configured) and dead-letters it when the back-off is exhausted. Either way the whole batch is fetched
 * again, so that the records before the failed one are processed again in a new transaction; a dead-lettered record
 * is then skipped ({@link DeadLetters#skip}). A failure that names no record (a commit that failed) backs off and
 * retries the batch.
 */
class BatchAfterRollbackProcessor extends DefaultAfterRollbackProcessor<Object, Object> {

    private final RecoveryStrategy failedRecords = getFailureTracker();

    BatchAfterRollbackProcessor(DeadLetters deadLetters, BackOff backOff) {
        super(deadLetters::publish, backOff);
    }

    @Override
    public void processBatch(ConsumerRecords<Object, Object> records, List<ConsumerRecord<Object, Object>> recordList,
            Consumer<Object, Object> consumer, @Nullable MessageListenerContainer container, Exception exception,
            boolean recoverable, EOSMode eosMode) {
        BatchListenerFailedException failed = failedRecord(exception);
        if (failed == null || failed.getRecord() == null || !(failed.getCause() instanceof Exception cause)) {
            super.processBatch(records, recordList, consumer, container, exception, recoverable, eosMode);
            return;
        }
        try {
            failedRecords.recovered(failed.getRecord(), cause, container, consumer);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            logger.error(e, "Could not dead-letter the failed record; it is retried");
        }
        SeekUtils.doSeeksToBegin(List.<ConsumerRecord<?, ?>>copyOf(recordList), consumer, logger);
    }

    private static @Nullable BatchListenerFailedException failedRecord(Throwable exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof BatchListenerFailedException failed) {
                return failed;
            }
        }
        return null;
    }
}
