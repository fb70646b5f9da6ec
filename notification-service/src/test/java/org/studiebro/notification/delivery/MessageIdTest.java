package org.studiebro.notification.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.studiebro.events.NotificationChannel;
import org.studiebro.events.RecipientKind;
import org.studiebro.notification.dispatched.Delivery;

class MessageIdTest {

    private final MailDelivery mail = new MailDelivery(new SmtpConnections(new JavaMailSenderImpl()),
            new NotificationProperties("Studiebro <no-reply@studiebro.test>", "http://127.0.0.1:8080",
                    new NotificationProperties.Retry(Duration.ofSeconds(1), 2, Duration.ofMinutes(1), null), 1,
                    Duration.ofHours(24), Duration.ofHours(1)));

    MessageIdTest() throws Exception {
    }

    @Test
    void theSameDeliveryAlwaysHasTheSameMessageIdInTheFromDomain() {
        Delivery delivery = new Delivery("event-1", RecipientKind.LEARNER, NotificationChannel.EMAIL);

        String first = mail.messageId(delivery, "asa@example.test");

        assertThat(first).matches("<[0-9a-f-]{36}@studiebro\\.test>");
        assertThat(mail.messageId(delivery, "ASA@example.test")).isEqualTo(first);
    }

    @Test
    void anotherEventOrRecipientHasAnotherMessageId() {
        Delivery learner = new Delivery("event-1", RecipientKind.LEARNER, NotificationChannel.EMAIL);
        Delivery municipality = new Delivery("event-1", RecipientKind.HOME_MUNICIPALITY, NotificationChannel.EMAIL);
        Delivery nextEvent = new Delivery("event-2", RecipientKind.LEARNER, NotificationChannel.EMAIL);

        assertThat(mail.messageId(learner, "asa@example.test"))
                .isNotEqualTo(mail.messageId(municipality, "asa@example.test"))
                .isNotEqualTo(mail.messageId(nextEvent, "asa@example.test"))
                .isNotEqualTo(mail.messageId(learner, "bo@example.test"));
    }

    @Test
    void aDigestHasTheSameMessageIdForTheSameMunicipalityAndPeriodOnly() {
        Instant period = Instant.parse("2026-12-01T09:00:00Z");

        String digest = mail.digestMessageId("se-1481", period);

        assertThat(digest).matches("<[0-9a-f-]{36}@studiebro\\.test>").isEqualTo(mail.digestMessageId("se-1481", period))
                .isNotEqualTo(mail.digestMessageId("se-1480", period))
                .isNotEqualTo(mail.digestMessageId("se-1481", period.plusSeconds(3600)));
    }
}
