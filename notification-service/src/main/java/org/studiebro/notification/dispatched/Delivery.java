package org.studiebro.notification.dispatched;

import org.studiebro.events.NotificationChannel;
import org.studiebro.events.NotificationDispatched;
import org.studiebro.events.RecipientKind;

/**
 * One delivery owed for a status event: to whom and by which channel. There is at most one of each per status
 * event: the learner's e-mail, the municipality's notice topic, the municipality's e-mail.
 */
public record Delivery(String statusEventId, RecipientKind recipientKind, NotificationChannel channel) {

    public static Delivery of(NotificationDispatched dispatched) {
        return new Delivery(dispatched.getStatusEventId(), dispatched.getRecipientKind(), dispatched.getChannel());
    }
}
