package org.studiebro.infrastructure;

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
}
