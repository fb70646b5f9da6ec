package org.studiebro.infrastructure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.store.FolderException;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;

/** A real SMTP server inside this JVM (GreenMail) on 127.0.0.1 that accepts mail for anyone, without authentication. */
public final class MailServer implements AutoCloseable {

    private final GreenMail greenMail;

    private MailServer(GreenMail greenMail) {
        this.greenMail = greenMail;
    }

    public static MailServer start(int smtpPort) {
        GreenMail greenMail = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
                .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
        greenMail.start();
        return new MailServer(greenMail);
    }

    public int smtpPort() {
        return greenMail.getSmtp().getPort();
    }

    /** Every mail received so far, one per recipient mailbox, oldest first. */
    public List<ReceivedMail> received() {
        return Arrays.stream(greenMail.getReceivedMessages()).map(MailServer::toReceivedMail).toList();
    }

    /** Waits until at least {@code count} mails have arrived in all, then returns all of them. */
    public List<ReceivedMail> awaitReceived(int count, Duration timeout) {
        if (!greenMail.waitForIncomingEmail(timeout.toMillis(), count)) {
            throw new AssertionError("Expected " + count + " mails within " + timeout + ", got " + received());
        }
        return received();
    }

    /** Forgets all mail received so far, so that tests sharing this server start from an empty inbox. */
    public void purge() {
        try {
            greenMail.purgeEmailFromAllMailboxes();
        } catch (FolderException e) {
            throw new IllegalStateException("Could not purge the received mail", e);
        }
    }

    @Override
    public void close() {
        greenMail.stop();
    }

    private static ReceivedMail toReceivedMail(MimeMessage message) {
        try {
            Part text = textPart(message);
            String language = language(message);
            return new ReceivedMail(
                    recipients(message),
                    message.getSubject(),
                    text == null ? "" : (String) text.getContent(),
                    language == null && text != null ? language(text) : language);
        } catch (MessagingException e) {
            throw new IllegalStateException("Unreadable mail", e);
        } catch (IOException e) {
            throw new UncheckedIOException("Unreadable mail", e);
        }
    }

    private static String recipients(MimeMessage message) throws MessagingException {
        Address[] to = message.getRecipients(MimeMessage.RecipientType.TO);
        return to == null ? "" : Arrays.stream(to).map(Address::toString).collect(Collectors.joining(","));
    }

    private static Part textPart(Part part) throws MessagingException, IOException {
        if (part.isMimeType("text/plain")) {
            return part;
        }
        if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            Part html = null;
            for (int i = 0; i < multipart.getCount(); i++) {
                Part found = textPart(multipart.getBodyPart(i));
                if (found != null && found.isMimeType("text/plain")) {
                    return found;
                }
                if (html == null) {
                    html = found;
                }
            }
            return html;
        }
        return part.isMimeType("text/html") ? part : null;
    }

    private static String language(Part part) throws MessagingException {
        String[] values = part.getHeader("Content-Language");
        return values == null ? null : String.join(",", values);
    }
}
