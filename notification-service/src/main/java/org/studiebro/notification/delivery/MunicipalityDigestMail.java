package org.studiebro.notification.delivery;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;
import org.studiebro.events.EventMetadata;
import org.studiebro.events.MunicipalityNotice;
import org.studiebro.events.NotificationChannel;
import org.studiebro.events.NotificationDispatched;
import org.studiebro.events.RecipientKind;
import org.studiebro.notification.dispatched.Delivery;
import org.studiebro.notification.dispatched.DispatchedNotifications;
import org.studiebro.notification.messages.MunicipalityMessages;
import org.studiebro.notification.messages.RenderedMessage;
import org.studiebro.schemas.Topics;

/**
 * Sends one digest to a municipality and records it: once the SMTP server has accepted it, one NotificationDispatched
 * per listed notice, about the notice's status event (so the application's history shows it and the notice is not
 * listed again), all in one Kafka transaction of their own.
 */
@Component
class MunicipalityDigestMail {

    private static final Logger LOG = LoggerFactory.getLogger(MunicipalityDigestMail.class);
    private static final CompletableFuture<Void> NOTHING_BEFORE = CompletableFuture.completedFuture(null);

    private final MailDelivery mail;
    private final MunicipalityMessages messages;
    private final KafkaTemplate<String, Object> kafka;
    private final DispatchedNotifications dispatched;
    private final Clock clock;

    MunicipalityDigestMail(MailDelivery mail, MunicipalityMessages messages, KafkaTemplate<String, Object> kafka,
            DispatchedNotifications dispatched, Clock clock) {
        this.mail = mail;
        this.messages = messages;
        this.kafka = kafka;
        this.dispatched = dispatched;
        this.clock = clock;
    }

    /** The municipality's e-mail about the notice's status event, which the digest listing the notice makes. */
    static Delivery delivery(MunicipalityNotice notice) {
        return new Delivery(notice.getMetadata().getCausationId(), RecipientKind.HOME_MUNICIPALITY,
                NotificationChannel.EMAIL);
    }

    void send(String municipality, String address, Instant start, Instant end, List<MunicipalityNotice> notices) {
        RenderedMessage digest = messages.renderDigest(municipality, start, end, notices);
        String messageId = mail.digestMessageId(municipality, start);
        try {
            mail.send(mail.compose(address, digest, messageId), NOTHING_BEFORE, new BatchMails()).join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
        List<NotificationDispatched> records = notices.stream()
                .map(notice -> record(notice, address, digest, messageId)).toList();
        kafka.executeInTransaction(operations -> {
            records.forEach(record -> operations.send(Topics.NOTIFICATIONS_DISPATCHED, record.getApplicationId(),
                    record));
            return null;
        });
        records.forEach(dispatched::add);
        LOG.info("Digest of {} notices sent to {} for the period from {}", notices.size(), municipality, start);
    }

    private NotificationDispatched record(MunicipalityNotice notice, String address, RenderedMessage digest,
            String messageId) {
        // The notice's cause is the status event: the record's id is the one its own e-mail's record would have had.
        EventMetadata statusEvent = EventMetadata.newBuilder(notice.getMetadata())
                .setEventId(notice.getMetadata().getCausationId()).build();
        Delivery delivery = delivery(notice);
        return DispatchedRecords.of(statusEvent, notice.getApplicationId(), delivery, address, digest, messageId,
                clock.instant());
    }
}
