package org.studiebro.notification.delivery;

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
 * notifications.dispatched at start, or learnt when this service's own transaction commits. An e-mail the SMTP server
 * accepted inside a transaction that then rolled back is remembered apart, so that the retry of the same status
 * event writes the records again without mailing the recipient a second time.
 */
@Component
class DeliveryLedger {

    private final DispatchedNotifications dispatched;
    private final Set<Delivery> acceptedBySmtp = ConcurrentHashMap.newKeySet();

    DeliveryLedger(DispatchedNotifications dispatched) {
        this.dispatched = dispatched;
    }

    boolean done(Delivery delivery) {
        return dispatched.contains(delivery);
    }

    boolean mailAccepted(Delivery delivery) {
        return acceptedBySmtp.contains(delivery);
    }

    void markMailAccepted(Delivery delivery) {
        acceptedBySmtp.add(delivery);
    }

    /** Counts the delivery as done when the current Kafka transaction commits, and not before. */
    void doneOnCommit(NotificationDispatched record) {
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                dispatched.add(record);
                acceptedBySmtp.remove(Delivery.of(record));
            }
        });
    }
}
