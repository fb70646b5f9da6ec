package org.studiebro.notification.delivery;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.UUID;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.studiebro.notification.dispatched.Delivery;
import org.studiebro.notification.messages.RenderedMessage;

/** Sends a rendered message as a plain-text UTF-8 e-mail over SMTP. */
@Component
class MailDelivery {

    private final JavaMailSender mailSender;
    private final InternetAddress from;
    private final String messageIdDomain;

    MailDelivery(JavaMailSender mailSender, NotificationProperties properties) throws AddressException {
        this.mailSender = mailSender;
        this.from = new InternetAddress(properties.from(), true);
        this.messageIdDomain = from.getAddress().substring(from.getAddress().indexOf('@') + 1);
    }

    /**
     * The Message-ID of a delivery: the same status event, recipient kind and address always give the same id, so
     * that a mail sent again after a crash can be recognised as the same message by whoever receives it.
     */
    String messageId(Delivery delivery, String recipient) {
        String key = delivery.statusEventId() + "|" + delivery.recipientKind() + "|"
                + recipient.toLowerCase(Locale.ROOT);
        return "<" + UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8)) + "@" + messageIdDomain + ">";
    }

    /**
     * Hands the mail to the SMTP server. An address that can never receive it gives an
     * {@link UndeliverableNotificationException}; any other failure is a MailException, worth retrying.
     */
    void send(String recipient, RenderedMessage message, String messageId) {
        MimeMessage mime = mailSender.createMimeMessage();
        try {
            MimeMessageHelper helper = new MimeMessageHelper(mime, false, StandardCharsets.UTF_8.name());
            helper.setFrom(from);
            helper.setTo(new InternetAddress(recipient, true));
            helper.setSubject(message.subject());
            helper.setText(message.body(), false);
            mime.setHeader("Content-Language", message.languageTag());
            // JavaMailSenderImpl keeps a Message-ID that is set before sending.
            mime.setHeader("Message-ID", messageId);
        } catch (AddressException e) {
            throw new UndeliverableNotificationException("Not a valid e-mail address: " + e.getMessage(), e);
        } catch (MessagingException e) {
            throw new UndeliverableNotificationException("Cannot compose the e-mail: " + e.getMessage(), e);
        }
        try {
            mailSender.send(mime);
        } catch (MailSendException e) {
            if (SmtpFailures.permanent(e)) {
                throw new UndeliverableNotificationException("The SMTP server refused the recipient for good", e);
            }
            throw e;
        }
    }
}
