package org.studiebro.infrastructure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.stream.Collectors;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;

/**
 * An e-mail as a test looks at it.
 *
 * @param to              the addresses of the To header, comma-separated
 * @param subject         the decoded subject
 * @param body            the decoded text of the message, its text/plain part preferred over text/html
 * @param contentLanguage the Content-Language of the message, or of its text part when the message has none; null
 *                        when neither says
 */
public record ReceivedMail(String to, String subject, String body, String contentLanguage) {

    /** Reads a received message: its recipients, subject, text and language. */
    public static ReceivedMail of(MimeMessage message) {
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
