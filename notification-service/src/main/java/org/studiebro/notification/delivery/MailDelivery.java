package org.studiebro.notification.delivery;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.util.StreamProvider;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.mail.MailSendException;
import org.springframework.stereotype.Component;
import org.studiebro.notification.dispatched.Delivery;
import org.studiebro.notification.messages.RenderedMessage;

/**
 * Sends a rendered message as a plain-text UTF-8 e-mail over SMTP, on a kept connection, from a small pool of mail
 * senders: most of a mail's time is spent waiting for the server's replies, so the mails of a poll batch are sent
 * several at once.
 */
@Component
class MailDelivery implements DisposableBean {

    private final SmtpConnections connections;
    private final ExecutorService senders;
    private final InternetAddress from;
    private final String messageIdDomain;

    MailDelivery(SmtpConnections connections, NotificationProperties properties) throws AddressException {
        this.connections = connections;
        // Jakarta Mail 2.1 looks its StreamProvider up through a ServiceLoader, a class path scan, every time it
        // encodes or decodes; the provider named in the system property of its interface is loaded by name instead.
        System.getProperties().putIfAbsent(StreamProvider.class.getName(),
                StreamProvider.provider().getClass().getName());
        this.senders = Executors.newFixedThreadPool(properties.mailSenders(),
                Thread.ofPlatform().name("mail-sender-", 0).daemon().factory());
        this.from = new InternetAddress(properties.from(), true);
        this.messageIdDomain = from.getAddress().substring(from.getAddress().indexOf('@') + 1);
    }

    /**
     * The Message-ID of a delivery: the same status event, recipient kind and address always give the same id, so
     * that a mail sent again after a crash can be recognised as the same message by whoever receives it.
     */
    String messageId(Delivery delivery, String recipient) {
        return messageId(delivery.statusEventId() + "|" + delivery.recipientKind() + "|"
                + recipient.toLowerCase(Locale.ROOT));
    }

    /**
     * The Message-ID of a municipality's digest: the same municipality and period always give the same id, so that
     * a digest sent again after a crash can be recognised as the same message.
     */
    String digestMessageId(String municipality, Instant periodStart) {
        return messageId("digest|" + municipality + "|" + periodStart);
    }

    private String messageId(String key) {
        return "<" + UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8)) + "@" + messageIdDomain + ">";
    }

    /**
     * The e-mail as it will be sent. An address that is not one gives an {@link UndeliverableNotificationException}.
     */
    MimeMessage compose(String recipient, RenderedMessage message, String messageId) {
        // Without Spring's MimeMessageHelper, which reads the MIME types file anew for every message.
        MimeMessage mime = new MimeMessage(connections.session());
        try {
            mime.setFrom(from);
            mime.setRecipient(Message.RecipientType.TO, new InternetAddress(recipient, true));
            mime.setSubject(message.subject(), StandardCharsets.UTF_8.name());
            mime.setText(message.body(), StandardCharsets.UTF_8.name());
            mime.setHeader("Content-Language", message.languageTag());
            mime.setSentDate(new Date());
            mime.saveChanges();
            // After saveChanges, which gives the message a new Message-ID of its own.
            mime.setHeader("Message-ID", messageId);
            return mime;
        } catch (AddressException e) {
            throw new UndeliverableNotificationException("Not a valid e-mail address: " + e.getMessage(), e);
        } catch (MessagingException e) {
            throw new UndeliverableNotificationException("Cannot compose the e-mail: " + e.getMessage(), e);
        }
    }

    /**
     * Hands the e-mail to the SMTP server on one of the mail senders once {@code after} has completed, so that the
     * e-mails about one application leave in order; fails without sending when {@code after} failed or when another
     * e-mail of the batch failed for a passing reason. The result completes when the server has accepted the e-mail.
     * A recipient the server refuses for good gives an {@link UndeliverableNotificationException}; any other failure
     * is a MailException, worth retrying.
     */
    CompletableFuture<Void> send(MimeMessage mime, CompletableFuture<?> after, BatchMails batch) {
        return after.thenRunAsync(() -> {
            if (batch.smtpFailed()) {
                throw new MailSendException("Not tried: another e-mail of the batch failed for a passing reason");
            }
            try {
                transmit(mime);
            } catch (MailSendException e) {
                batch.smtpFailing();
                throw e;
            }
        }, senders);
    }

    private void transmit(MimeMessage mime) {
        try {
            connections.send(mime);
        } catch (MessagingException e) {
            if (SmtpFailures.permanent(e)) {
                throw new UndeliverableNotificationException("The SMTP server refused the recipient for good", e);
            }
            throw new MailSendException("The SMTP server did not take the mail", e);
        }
    }

    @Override
    public void destroy() {
        senders.close();
    }
}
