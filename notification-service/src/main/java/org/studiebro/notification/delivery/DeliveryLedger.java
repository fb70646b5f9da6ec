package org.studiebro.notification.delivery;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.studiebro.events.NotificationDispatched;
import org.studiebro.notification.dispatched.Delivery;
import org.studiebro.notification.dispatched.DispatchedNotifications;

/**
 * Which deliveries are done. A delivery is done once its NotificationDispatched record is committed: read back from
 * notifications.dispatched at start, or learnt when this service's own transaction commits. Inside a transaction, the
 * deliveries it made count as done too, so that a status event met twice in one poll batch is delivered once. An
 * e-mail the SMTP server accepted inside a transaction that then rolled back is remembered apart, so that the retry
 * of the same status event writes the records again without mailing the recipient a second time. It also knows when
 * a learner was last e-mailed, counting the e-mails of the current transaction, for the reserve-move period.
 */
@Component
class DeliveryLedger {

    private final DispatchedNotifications dispatched;
    private final Set<Delivery> acceptedBySmtp = ConcurrentHashMap.newKeySet();

    DeliveryLedger(DispatchedNotifications dispatched) {
        this.dispatched = dispatched;
    }

    boolean done(Delivery delivery) {
        if (dispatched.contains(delivery)) {
            return true;
        }
        Transaction transaction = (Transaction) TransactionSynchronizationManager.getResource(this);
        return transaction != null && transaction.deliveries.contains(delivery);
    }

    boolean mailAccepted(Delivery delivery) {
        return acceptedBySmtp.contains(delivery);
    }

    void markMailAccepted(Delivery delivery) {
        acceptedBySmtp.add(delivery);
    }

    /**
     * Counts the learner's e-mail as made within the current Kafka transaction, before its record is written, and
     * the learner as e-mailed at {@code at}.
     */
    void makingLearnerMail(Delivery delivery, String address, Instant at) {
        Transaction transaction = transaction();
        transaction.deliveries.add(delivery);
        transaction.learnerMails.merge(address.toLowerCase(Locale.ROOT), at,
                (earlier, later) -> later.isAfter(earlier) ? later : earlier);
    }

    /** When the learner at the address was last e-mailed: by a committed delivery or within this transaction. */
    Optional<Instant> lastLearnerMail(String address) {
        Transaction transaction = (Transaction) TransactionSynchronizationManager.getResource(this);
        Optional<Instant> inTransaction = transaction == null ? Optional.empty()
                : Optional.ofNullable(transaction.learnerMails.get(address.toLowerCase(Locale.ROOT)));
        Optional<Instant> committed = dispatched.lastLearnerMail(address);
        return inTransaction.isEmpty() ? committed
                : committed.filter(at -> at.isAfter(inTransaction.get())).or(() -> inTransaction);
    }

    /** Counts the delivery as done when the current Kafka transaction commits, and as made within it until then. */
    void doneOnCommit(NotificationDispatched record) {
        Transaction transaction = transaction();
        transaction.records.add(record);
        transaction.deliveries.add(Delivery.of(record));
    }

    private Transaction transaction() {
        Transaction transaction = (Transaction) TransactionSynchronizationManager.getResource(this);
        if (transaction == null) {
            transaction = new Transaction();
            TransactionSynchronizationManager.bindResource(this, transaction);
            TransactionSynchronizationManager.registerSynchronization(transaction);
        }
        return transaction;
    }

    /** The deliveries of one Kafka transaction (one poll batch); one synchronization for all of them. */
    private final class Transaction implements TransactionSynchronization {

        private final List<NotificationDispatched> records = new ArrayList<>();
        private final Set<Delivery> deliveries = new HashSet<>();
        private final Map<String, Instant> learnerMails = new HashMap<>();

        @Override
        public void afterCommit() {
            records.forEach(dispatched::add);
            acceptedBySmtp.removeAll(deliveries);
        }

        @Override
        public void afterCompletion(int status) {
            TransactionSynchronizationManager.unbindResource(DeliveryLedger.this);
        }
    }
}
