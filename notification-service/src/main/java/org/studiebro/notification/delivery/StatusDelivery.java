package org.studiebro.notification.delivery;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import jakarta.mail.internet.MimeMessage;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriUtils;
import org.studiebro.events.ApplicationStatusChanged;
import org.studiebro.events.ChoiceStatus;
import org.studiebro.events.CostDecisionState;
import org.studiebro.events.MunicipalityNotice;
import org.studiebro.events.NotificationChannel;
import org.studiebro.events.NotificationDispatched;
import org.studiebro.events.NoticeKind;
import org.studiebro.events.RecipientKind;
import org.studiebro.notification.dispatched.Delivery;
import org.studiebro.notification.messages.LearnerMessages;
import org.studiebro.notification.messages.MunicipalityMessages;
import org.studiebro.notification.messages.RenderedMessage;
import org.studiebro.notification.municipality.NoticeKinds;
import org.studiebro.schemas.Events;
import org.studiebro.schemas.Topics;

/**
 * Makes the deliveries one status event owes: the home municipality's notice on its topic, always, and the learner's
 * e-mail when the change is worth one ({@link LearnerMailWorthiness}; a move on a reserve list only once the
 * reserve-move period has passed since the learner's last e-mail); each with its NotificationDispatched record. The
 * municipality is e-mailed a digest of its notices instead ({@link MunicipalityDigests}). Runs inside the listener's
 * Kafka transaction of the poll batch, so the records and the consumed offsets commit together, after the SMTP server
 * has accepted the mail. Deliveries already done are skipped, which makes a repeated status event harmless.
 */
@Component
class StatusDelivery {

    static final String PRODUCER = "notification-service";
    private static final Logger LOG = LoggerFactory.getLogger(StatusDelivery.class);

    private final KafkaTemplate<String, Object> kafka;
    private final DeliveryLedger ledger;
    private final MailDelivery mail;
    private final LearnerMessages learnerMessages;
    private final MunicipalityMessages municipalityMessages;
    private final NotificationProperties properties;
    private final Clock clock;

    StatusDelivery(KafkaTemplate<String, Object> kafka, DeliveryLedger ledger, MailDelivery mail,
            LearnerMessages learnerMessages, MunicipalityMessages municipalityMessages,
            NotificationProperties properties, Clock clock) {
        this.kafka = kafka;
        this.ledger = ledger;
        this.mail = mail;
        this.learnerMessages = learnerMessages;
        this.municipalityMessages = municipalityMessages;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * Starts the deliveries of the event not made before: publishes the home municipality's notice and hands the
     * learner's e-mail, if one is owed, to the mail senders, after the batch's earlier e-mails about the same
     * application. {@link Started#finish()} completes them, on the listener's thread and in record order.
     */
    Started start(ApplicationStatusChanged event, BatchMails batch) {
        String municipality = event.getApplicant().getHomeMunicipality();
        if (!Topics.isPartyId(municipality)) {
            throw new UndeliverableNotificationException("Home municipality '" + municipality + "' of application "
                    + event.getApplicationId() + " is not a party id");
        }
        NoticeKind kind = NoticeKinds.of(event);
        // The notice goes first: a topic that cannot be written fails the event before anyone is mailed.
        boolean noticed = publishNotice(event, municipality, kind, municipalityMessages.render(event, kind));
        // Composed before it is sent: an address that cannot be mailed fails the event at once.
        Optional<OwedMail> owed = owedLearnerMail(event);
        CompletableFuture<Void> after = batch.before(event.getApplicationId());
        List<Mailing> mailings = owed.map(mail -> send(mail, after, batch)).stream().toList();
        LOG.debug("Status event {} (version {}) of application {}, {} notice to {}: {}notice, {}learner e-mail",
                event.getMetadata().getEventId(), event.getVersion(), event.getApplicationId(), kind, municipality,
                noticed ? "" : "no ", owed.isPresent() ? "" : "no ");
        Started started = new Started(event, noticed, mailings);
        batch.sending(event.getApplicationId(), started.sent());
        return started;
    }

    /** The deliveries of one status event once started: the notice written, the e-mails on their way. */
    final class Started {

        private final ApplicationStatusChanged event;
        private final boolean noticed;
        private final List<Mailing> mailings;

        private Started(ApplicationStatusChanged event, boolean noticed, List<Mailing> mailings) {
            this.event = event;
            this.noticed = noticed;
            this.mailings = mailings;
        }

        /** Completes when every e-mail has been accepted or has failed. */
        CompletableFuture<Void> sent() {
            return CompletableFuture.allOf(mailings.stream().map(Mailing::sent).toArray(CompletableFuture[]::new));
        }

        /**
         * Writes the records of the e-mails the SMTP server accepted; an e-mail that failed fails the event with the
         * mail's own exception. Returns how many deliveries were made.
         */
        int finish() {
            for (Mailing mailing : mailings) {
                try {
                    mailing.sent().join();
                } catch (CompletionException e) {
                    throw e.getCause() instanceof RuntimeException cause ? cause : e;
                }
                OwedMail mail = mailing.mail();
                dispatched(event, mail.delivery(), mail.address(), mail.message(), mail.messageId());
            }
            return (noticed ? 1 : 0) + mailings.size();
        }
    }

    /** An e-mail owed; composed unless the SMTP server accepted it in a transaction that rolled back. */
    private record OwedMail(Delivery delivery, String address, RenderedMessage message, String messageId,
            @Nullable MimeMessage composed) {
    }

    private record Mailing(OwedMail mail, CompletableFuture<Void> sent) {
    }

    private boolean publishNotice(ApplicationStatusChanged event, String municipality, NoticeKind kind,
            RenderedMessage notice) {
        Delivery delivery = delivery(event, RecipientKind.HOME_MUNICIPALITY, NotificationChannel.MUNICIPALITY_TOPIC);
        if (ledger.done(delivery)) {
            return false;
        }
        ChoiceStatus choice = NoticeKinds.choiceOf(event).orElse(null);
        MunicipalityNotice record = MunicipalityNotice.newBuilder()
                .setMetadata(Events.derivedMetadata(event.getMetadata(), "municipality-notice", PRODUCER,
                        clock.instant()))
                .setApplicationId(event.getApplicationId())
                .setMunicipality(municipality)
                .setKind(kind)
                .setApplicant(event.getApplicant())
                .setStatus(event.getStatus())
                .setChoiceRank(choice == null ? null : choice.getRank())
                .setCourseEventId(choice == null ? null : choice.getCourseEventId())
                .setSeatOwner(choice == null ? null : choice.getSeatOwner())
                .setCostDecision(choice == null ? CostDecisionState.UNKNOWN : choice.getCostDecision())
                .setText(notice.body())
                .build();
        String topic = Topics.municipalityNotices(municipality);
        kafka.send(topic, event.getApplicationId(), record);
        dispatched(event, delivery, topic, notice, null);
        return true;
    }

    private Optional<OwedMail> owedLearnerMail(ApplicationStatusChanged event) {
        Delivery delivery = delivery(event, RecipientKind.LEARNER, NotificationChannel.EMAIL);
        String address = event.getApplicant().getEmail();
        if (ledger.done(delivery) || !worthMailing(event, address)) {
            return Optional.empty();
        }
        // Counted as made in this transaction at once: the same status event twice in a batch is mailed once, and a
        // reserve move later in the batch counts from this e-mail.
        ledger.makingLearnerMail(delivery, address, clock.instant());
        RenderedMessage rendered = learnerMessages.render(event, statusLink(event));
        String messageId = mail.messageId(delivery, address);
        MimeMessage composed = ledger.mailAccepted(delivery) ? null : mail.compose(address, rendered, messageId);
        return Optional.of(new OwedMail(delivery, address, rendered, messageId, composed));
    }

    /** A reserve move is mailed only once the reserve-move period has passed since the learner's last e-mail. */
    private boolean worthMailing(ApplicationStatusChanged event, String address) {
        return switch (LearnerMailWorthiness.of(event)) {
            case MAIL -> true;
            case NO_MAIL -> false;
            case RESERVE_MOVE -> ledger.lastLearnerMail(address)
                    .map(last -> !clock.instant().isBefore(last.plus(properties.reserveMovePeriod())))
                    .orElse(true);
        };
    }

    private Mailing send(OwedMail owed, CompletableFuture<Void> after, BatchMails batch) {
        CompletableFuture<Void> sent = owed.composed() == null ? after
                : mail.send(owed.composed(), after, batch).thenRun(() -> ledger.markMailAccepted(owed.delivery()));
        return new Mailing(owed, sent);
    }

    private void dispatched(ApplicationStatusChanged event, Delivery delivery, String recipient,
            RenderedMessage message, String messageId) {
        NotificationDispatched record = DispatchedRecords.of(event.getMetadata(), event.getApplicationId(), delivery,
                recipient, message, messageId, clock.instant());
        kafka.send(Topics.NOTIFICATIONS_DISPATCHED, event.getApplicationId(), record);
        ledger.doneOnCommit(record);
    }

    private static Delivery delivery(ApplicationStatusChanged event, RecipientKind recipientKind,
            NotificationChannel channel) {
        return new Delivery(event.getMetadata().getEventId(), recipientKind, channel);
    }

    private String statusLink(ApplicationStatusChanged event) {
        return properties.statusBaseUrl().replaceAll("/+$", "") + "/api/v1/applications/"
                + UriUtils.encodePathSegment(event.getApplicationId(), StandardCharsets.UTF_8);
    }
}
