package org.studiebro.notification.messages;

import org.studiebro.events.Language;

/**
 * A message ready to send: plain text in one language.
 *
 * @param language    the language it is written in
 * @param languageTag its Content-Language: sv, nb, nn or en
 * @param subject     the subject line
 * @param body        the plain text
 */
public record RenderedMessage(Language language, String languageTag, String subject, String body) {
}
