package org.studiebro.notification.history;

import java.time.Instant;

import org.studiebro.events.Language;
import org.studiebro.events.NotificationChannel;
import org.studiebro.events.NotificationDispatched;
import org.studiebro.events.RecipientKind;

/** One notification as an operator or a learner-facing view reads it: what was sent, to whom, when. */
record NotificationView(String applicationId, String statusEventId, NotificationChannel channel,
        RecipientKind recipientKind, String recipient, Language language, String subject, Instant sentAt) {

    static NotificationView of(NotificationDispatched dispatched) {
        return new NotificationView(dispatched.getApplicationId(), dispatched.getStatusEventId(),
                dispatched.getChannel(), dispatched.getRecipientKind(), dispatched.getRecipient(),
                dispatched.getLanguage(), dispatched.getSubject(), dispatched.getMetadata().getOccurredAt());
    }
}
