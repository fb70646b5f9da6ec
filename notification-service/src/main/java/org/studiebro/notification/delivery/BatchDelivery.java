package org.studiebro.notification.delivery;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

import org.apache.commons.logging.LogFactory;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.log.LogAccessor;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.kafka.support.KafkaUtils;
import org.springframework.kafka.support.serializer.DeserializationException;
import org.springframework.kafka.support.serializer.SerializationUtils;
import org.springframework.stereotype.Component;
import org.studiebro.events.ApplicationStatusChanged;
import org.studiebro.notification.delivery.StatusDelivery.Started;
import org.studiebro.serde.SchemaRegistryUnavailableException;

/**
 * Delivers the status events of one poll batch inside the listener's one Kafka transaction: starts every event's
 * deliveries in record order (notices written, e-mails handed to the mail senders, those about one application one
 * after another), waits for the e-mails, then writes their records in record order. A record that fails is named to
 * the after-rollback processor ({@link BatchListenerFailedException}): the whole batch rolls back and comes again, the
 * failed record retried or dead-lettered as its failure says; the e-mails the SMTP server accepted meanwhile are not
 * sent twice (the ledger remembers them). A record that is no status event at all (unreadable, not a registry outage,
 * or of another type) is expected: it is dead-lettered at once, with one warning, and the batch goes on without a
 * rollback.
 */
@Component
class BatchDelivery {

    private static final Logger LOG = LoggerFactory.getLogger(BatchDelivery.class);
    private static final LogAccessor HEADER_LOG = new LogAccessor(LogFactory.getLog(BatchDelivery.class));

    private final StatusDelivery delivery;
    private final DeadLetters deadLetters;

    BatchDelivery(StatusDelivery delivery, DeadLetters deadLetters) {
        this.delivery = delivery;
        this.deadLetters = deadLetters;
    }

    void deliver(List<ConsumerRecord<String, Object>> records) {
        List<Pending> pending = new ArrayList<>(records.size());
        BatchMails mails = new BatchMails();
        int skipped = 0;
        RuntimeException failure = null;
        for (ConsumerRecord<String, Object> record : records) {
            if (deadLetters.skip(record)) {
                skipped++;
                continue;
            }
            RuntimeException poison = poison(record);
            if (poison != null) {
                deadLetters.publishInBatch(record, poison);
                skipped++;
                continue;
            }
            try {
                pending.add(new Pending(record, delivery.start(statusEvent(record), mails)));
            } catch (RuntimeException e) {
                failure = failed(record, e);
                break;
            }
        }
        // Whatever happens next, no mail of this batch may still be on its way: a retry would send it again.
        CompletableFuture.allOf(pending.stream().map(p -> p.started().sent()).toArray(CompletableFuture[]::new))
                .exceptionally(mailFailed -> null).join();
        if (failure != null) {
            throw failure;
        }
        int deliveries = 0;
        for (Pending started : pending) {
            try {
                deliveries += started.started().finish();
            } catch (RuntimeException e) {
                throw failed(started.record(), e);
            }
        }
        LOG.info("Delivered {} status events from {}: {} deliveries made, {} dead-lettered records skipped",
                records.size() - skipped, records.getFirst().topic(), deliveries, skipped);
    }

    private static BatchListenerFailedException failed(ConsumerRecord<String, Object> record, RuntimeException e) {
        return new BatchListenerFailedException("Delivering " + KafkaUtils.format(record) + " failed", e, record);
    }

    private record Pending(ConsumerRecord<String, Object> record, Started started) {
    }

    /**
     * Why the record is no status event at all (not readable, or of another type), or null: also for one that could
     * not be read only because the registry was unreachable, which is retried.
     */
    private static @Nullable RuntimeException poison(ConsumerRecord<String, Object> record) {
        if (record.value() instanceof ApplicationStatusChanged) {
            return null;
        }
        DeserializationException unreadable = unreadable(record);
        if (unreadable == null) {
            return new UndeliverableNotificationException("Not a status event: "
                    + (record.value() == null ? "no value" : record.value().getClass().getName()));
        }
        for (Throwable cause = unreadable; cause != null; cause = cause.getCause()) {
            if (cause instanceof SchemaRegistryUnavailableException) {
                return null;
            }
        }
        return unreadable;
    }

    /** The record's status event; one that is not ({@link #poison}: the registry was unreachable) fails with why. */
    private static ApplicationStatusChanged statusEvent(ConsumerRecord<String, Object> record) {
        if (record.value() instanceof ApplicationStatusChanged event) {
            return event;
        }
        throw Objects.requireNonNull(unreadable(record), "neither a status event nor unreadable");
    }

    private static @Nullable DeserializationException unreadable(ConsumerRecord<String, Object> record) {
        return SerializationUtils.getExceptionFromHeader(record, KafkaUtils.VALUE_DESERIALIZER_EXCEPTION_HEADER,
                HEADER_LOG);
    }
}
