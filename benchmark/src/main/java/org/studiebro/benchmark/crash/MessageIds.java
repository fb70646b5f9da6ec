package org.studiebro.benchmark.crash;

import java.util.Locale;

/** Message-IDs compared without their angle brackets and surrounding space, as mail headers may differ in those. */
final class MessageIds {

    private MessageIds() {
    }

    static String normalized(String messageId) {
        String id = messageId.strip();
        if (id.startsWith("<") && id.endsWith(">")) {
            id = id.substring(1, id.length() - 1);
        }
        return id.toLowerCase(Locale.ROOT);
    }
}
