package org.studiebro.notification.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.studiebro.events.EventMetadata;
import org.studiebro.events.Language;
import org.studiebro.events.NotificationChannel;
import org.studiebro.events.NotificationDispatched;
import org.studiebro.events.RecipientKind;
import org.studiebro.notification.dispatched.Delivery;
import org.studiebro.notification.dispatched.DispatchedNotifications;
import org.studiebro.notification.dispatched.DispatchedNotificationsFixture;

/** The ledger within one poll batch's transaction, with the synchronization a Kafka transaction manager runs. */
class DeliveryLedgerTest {

    private static final Delivery LEARNER = new Delivery("status-1", RecipientKind.LEARNER, NotificationChannel.EMAIL);

    private final DispatchedNotificationsFixture fixture = new DispatchedNotificationsFixture();
    private final DispatchedNotifications dispatched = fixture.dispatched();
    private final DeliveryLedger ledger = new DeliveryLedger(dispatched);

    @BeforeEach
    void beginTransaction() {
        TransactionSynchronizationManager.initSynchronization();
    }

    @AfterEach
    void endTransaction() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.clearSynchronization();
        }
        fixture.close();
    }

    @Test
    void aDeliveryMadeInTheTransactionIsDoneWithinItAndForGoodOnceItCommits() {
        ledger.makingLearnerMail(LEARNER, "asa@example.test", Instant.EPOCH);
        ledger.markMailAccepted(LEARNER);

        assertThat(ledger.done(LEARNER)).isTrue();
        assertThat(dispatched.contains(LEARNER)).isFalse();

        ledger.doneOnCommit(record());
        complete(TransactionSynchronization.STATUS_COMMITTED);

        assertThat(dispatched.contains(LEARNER)).isTrue();
        assertThat(ledger.done(LEARNER)).isTrue();
        assertThat(ledger.mailAccepted(LEARNER)).isFalse();
    }

    @Test
    void aDeliveryOfARolledBackTransactionIsNotDoneButItsAcceptedMailIsRemembered() {
        ledger.makingLearnerMail(LEARNER, "asa@example.test", Instant.EPOCH);
        ledger.markMailAccepted(LEARNER);
        ledger.doneOnCommit(record());

        complete(TransactionSynchronization.STATUS_ROLLED_BACK);

        assertThat(ledger.done(LEARNER)).isFalse();
        assertThat(ledger.mailAccepted(LEARNER)).isTrue();
    }

    @Test
    void theLearnersLastMailCountsTheMailsOfTheTransaction() {
        assertThat(ledger.lastLearnerMail("asa@example.test")).isEmpty();
        dispatched.add(record());

        ledger.makingLearnerMail(new Delivery("status-2", RecipientKind.LEARNER, NotificationChannel.EMAIL),
                "Asa@Example.test", Instant.EPOCH.plusSeconds(60));

        assertThat(ledger.lastLearnerMail("asa@example.test")).contains(Instant.EPOCH.plusSeconds(60));
        complete(TransactionSynchronization.STATUS_ROLLED_BACK);
        assertThat(ledger.lastLearnerMail("asa@example.test")).contains(Instant.EPOCH);
    }

    /** As AbstractPlatformTransactionManager ends a transaction. */
    private static void complete(int status) {
        var synchronizations = TransactionSynchronizationManager.getSynchronizations();
        if (status == TransactionSynchronization.STATUS_COMMITTED) {
            synchronizations.forEach(TransactionSynchronization::afterCommit);
        }
        TransactionSynchronizationManager.clearSynchronization();
        synchronizations.forEach(synchronization -> synchronization.afterCompletion(status));
    }

    private static NotificationDispatched record() {
        return NotificationDispatched.newBuilder()
                .setMetadata(EventMetadata.newBuilder().setEventId("d-1").setOccurredAt(Instant.EPOCH)
                        .setCorrelationId("app-1").setCausationId("status-1").setProducer("notification-service")
                        .build())
                .setApplicationId("app-1")
                .setStatusEventId("status-1")
                .setChannel(NotificationChannel.EMAIL)
                .setRecipientKind(RecipientKind.LEARNER)
                .setRecipient("asa@example.test")
                .setLanguage(Language.SV)
                .setSubject("Din ansökan till Vård- och omsorgsarbete 1: antagen")
                .setMessageId("<id@studiebro.test>")
                .build();
    }
}
