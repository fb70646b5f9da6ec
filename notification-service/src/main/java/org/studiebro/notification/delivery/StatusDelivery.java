package org.studiebro.notification.delivery;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

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
import org.studiebro.notification.municipality.MunicipalityDirectory;
import org.studiebro.notification.municipality.NoticeKinds;
import org.studiebro.schemas.Events;
import org.studiebro.schemas.Topics;

/**
 * Makes the deliveries one status event owes: the home municipality's notice on its topic, the learner's e-mail
 * and, when the municipality has an address, its e-mail; each with its NotificationDispatched record. Runs inside
 * the listener's Kafka transaction, so the records and the consumed offset commit together, after the SMTP server
 * has accepted the mails. Deliveries already done are skipped, which makes a repeated status event harmless.
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
    private final MunicipalityDirectory municipalities;
    private final NotificationProperties properties;
    private final Clock clock;

    StatusDelivery(KafkaTemplate<String, Object> kafka, DeliveryLedger ledger, MailDelivery mail,
            LearnerMessages learnerMessages, MunicipalityMessages municipalityMessages,
            MunicipalityDirectory municipalities, NotificationProperties properties, Clock clock) {
        this.kafka = kafka;
        this.ledger = ledger;
        this.mail = mail;
        this.learnerMessages = learnerMessages;
        this.municipalityMessages = municipalityMessages;
        this.municipalities = municipalities;
        this.properties = properties;
        this.clock = clock;
    }

    void deliver(ApplicationStatusChanged event) {
        String municipality = event.getApplicant().getHomeMunicipality();
        if (!Topics.isPartyId(municipality)) {
            throw new UndeliverableNotificationException("Home municipality '" + municipality + "' of application "
                    + event.getApplicationId() + " is not a party id");
        }
        NoticeKind kind = NoticeKinds.of(event);
        RenderedMessage notice = municipalityMessages.render(event, kind);
        List<Delivery> made = new ArrayList<>();
        // The notice goes first: a topic that cannot be written fails the event before anyone is mailed.
        publishNotice(event, municipality, kind, notice).ifPresent(made::add);
        mail(event, RecipientKind.LEARNER, event.getApplicant().getEmail(),
                () -> learnerMessages.render(event, statusLink(event))).ifPresent(made::add);
        municipalities.email(municipality)
                .flatMap(address -> mail(event, RecipientKind.HOME_MUNICIPALITY, address, () -> notice))
                .ifPresent(made::add);
        LOG.info("Status event {} (version {}) of application {}, {} notice to {}: made {}",
                event.getMetadata().getEventId(), event.getVersion(), event.getApplicationId(), kind, municipality,
                made.isEmpty() ? "no delivery (all made before)"
                        : made.stream().map(delivery -> delivery.recipientKind() + " " + delivery.channel()).toList());
    }

    private Optional<Delivery> publishNotice(ApplicationStatusChanged event, String municipality, NoticeKind kind,
            RenderedMessage notice) {
        Delivery delivery = delivery(event, RecipientKind.HOME_MUNICIPALITY, NotificationChannel.MUNICIPALITY_TOPIC);
        if (ledger.done(delivery)) {
            return Optional.empty();
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
        return Optional.of(delivery);
    }

    private Optional<Delivery> mail(ApplicationStatusChanged event, RecipientKind recipientKind, String address,
            Supplier<RenderedMessage> message) {
        Delivery delivery = delivery(event, recipientKind, NotificationChannel.EMAIL);
        if (ledger.done(delivery)) {
            return Optional.empty();
        }
        RenderedMessage rendered = message.get();
        String messageId = mail.messageId(delivery, address);
        if (!ledger.mailAccepted(delivery)) {
            mail.send(address, rendered, messageId);
            ledger.markMailAccepted(delivery);
        }
        dispatched(event, delivery, address, rendered, messageId);
        return Optional.of(delivery);
    }

    private void dispatched(ApplicationStatusChanged event, Delivery delivery, String recipient,
            RenderedMessage message, String messageId) {
        NotificationDispatched record = NotificationDispatched.newBuilder()
                // Derived from the status event, so a record written twice after a crash is recognised as one.
                .setMetadata(Events.derivedMetadata(event.getMetadata(),
                        delivery.recipientKind() + "/" + delivery.channel(), PRODUCER, clock.instant()))
                .setApplicationId(event.getApplicationId())
                .setStatusEventId(delivery.statusEventId())
                .setChannel(delivery.channel())
                .setRecipientKind(delivery.recipientKind())
                .setRecipient(recipient)
                .setLanguage(message.language())
                .setSubject(message.subject())
                .setMessageId(messageId)
                .build();
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
