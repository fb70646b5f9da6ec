package org.studiebro.notification.delivery;

import java.time.Instant;

import org.studiebro.events.EventMetadata;
import org.studiebro.events.NotificationDispatched;
import org.studiebro.notification.dispatched.Delivery;
import org.studiebro.notification.messages.RenderedMessage;
import org.studiebro.schemas.Events;

/** The record of one delivery made for a status event, whether its own e-mail or a line in a digest. */
final class DispatchedRecords {

    private DispatchedRecords() {
    }

    static NotificationDispatched of(EventMetadata statusEvent, String applicationId, Delivery delivery,
            String recipient, RenderedMessage message, String messageId, Instant now) {
        return NotificationDispatched.newBuilder()
                // Derived from the status event, so a record written twice after a crash is recognised as one.
                .setMetadata(Events.derivedMetadata(statusEvent, delivery.recipientKind() + "/" + delivery.channel(),
                        StatusDelivery.PRODUCER, now))
                .setApplicationId(applicationId)
                .setStatusEventId(delivery.statusEventId())
                .setChannel(delivery.channel())
                .setRecipientKind(delivery.recipientKind())
                .setRecipient(recipient)
                .setLanguage(message.language())
                .setSubject(message.subject())
                .setMessageId(messageId)
                .build();
    }
}
