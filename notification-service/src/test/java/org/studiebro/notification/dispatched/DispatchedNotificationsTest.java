package org.studiebro.notification.dispatched;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.studiebro.events.EventMetadata;
import org.studiebro.events.Language;
import org.studiebro.events.NotificationChannel;
import org.studiebro.events.NotificationDispatched;
import org.studiebro.events.RecipientKind;
import org.studiebro.schemas.Topics;

class DispatchedNotificationsTest {

    private final DispatchedNotifications dispatched = new DispatchedNotifications();

    @Test
    void aRecordSeenTwiceCountsOnce() {
        NotificationDispatched record = record("d-1", "app-1", "status-1", RecipientKind.LEARNER, Instant.EPOCH);

        dispatched.add(record);
        dispatched.add(NotificationDispatched.newBuilder(record).build());

        assertThat(dispatched.forApplication("app-1")).hasSize(1);
        assertThat(dispatched.contains(new Delivery("status-1", RecipientKind.LEARNER, NotificationChannel.EMAIL)))
                .isTrue();
        assertThat(dispatched.contains(
                new Delivery("status-1", RecipientKind.HOME_MUNICIPALITY, NotificationChannel.EMAIL))).isFalse();
    }

    @Test
    void anApplicationsNotificationsAreListedOldestFirst() {
        Instant now = Instant.parse("2026-12-01T10:00:00Z");
        dispatched.add(record("d-2", "app-2", "status-2", RecipientKind.LEARNER, now.plusSeconds(60)));
        dispatched.add(record("d-1", "app-2", "status-1", RecipientKind.LEARNER, now));
        dispatched.add(record("d-3", "app-3", "status-3", RecipientKind.LEARNER, now));

        assertThat(dispatched.forApplication("app-2")).extracting(NotificationDispatched::getStatusEventId)
                .containsExactly("status-1", "status-2");
        assertThat(dispatched.forApplication("app-unknown")).isEmpty();
    }

    @Test
    void aRecordOfAnotherTypeOnTheTopicIsRefusedSoThatItIsDeadLettered() {
        ConsumerRecord<Object, Object> misdirected =
                new ConsumerRecord<>(Topics.NOTIFICATIONS_DISPATCHED, 0, 7L, "app-1", "not a dispatched record");

        assertThatThrownBy(() -> dispatched.apply(misdirected)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Not a NotificationDispatched on " + Topics.NOTIFICATIONS_DISPATCHED);
        assertThat(dispatched.forApplication("app-1")).isEmpty();
    }

    private static NotificationDispatched record(String eventId, String applicationId, String statusEventId,
            RecipientKind recipientKind, Instant at) {
        return NotificationDispatched.newBuilder()
                .setMetadata(EventMetadata.newBuilder().setEventId(eventId).setOccurredAt(at)
                        .setCorrelationId(applicationId).setCausationId(statusEventId)
                        .setProducer("notification-service").build())
                .setApplicationId(applicationId)
                .setStatusEventId(statusEventId)
                .setChannel(NotificationChannel.EMAIL)
                .setRecipientKind(recipientKind)
                .setRecipient("asa@example.test")
                .setLanguage(Language.SV)
                .setSubject("Din ansökan till Vård- och omsorgsarbete 1: antagen")
                .setMessageId("<id@studiebro.test>")
                .build();
    }
}
