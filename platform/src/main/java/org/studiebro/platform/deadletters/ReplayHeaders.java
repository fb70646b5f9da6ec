package org.studiebro.platform.deadletters;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.studiebro.schemas.Topics;

/**
 * The headers of a replayed record: which dead letter it replays ({@code studiebro-replay-of:
 * dead-letters.<service>/PARTITION@OFFSET}, what the replay command reads back to replay each dead letter once)
 * and where its record first arrived ({@code studiebro-original-topic}, {@code -partition} and {@code -offset}, as
 * text whichever style the dead letter had), so that the service processes it as it would have there.
 */
final class ReplayHeaders {

    static final String REPLAY_OF = "studiebro-replay-of";
    static final String ORIGINAL_TOPIC = "studiebro-original-topic";
    static final String ORIGINAL_PARTITION = "studiebro-original-partition";
    static final String ORIGINAL_OFFSET = "studiebro-original-offset";

    private ReplayHeaders() {
    }

    static void write(Headers headers, String service, Position deadLetter, Origin origin) {
        headers.add(REPLAY_OF, text(replayOf(service, deadLetter)));
        // A part the dead letter does not name is left out rather than guessed.
        if (origin.topic() != null) {
            headers.add(ORIGINAL_TOPIC, text(origin.topic()));
        }
        if (origin.partition() != null) {
            headers.add(ORIGINAL_PARTITION, text(origin.partition().toString()));
        }
        if (origin.offset() != null) {
            headers.add(ORIGINAL_OFFSET, text(origin.offset().toString()));
        }
    }

    static String replayOf(String service, Position deadLetter) {
        return Topics.deadLetters(service) + "/" + deadLetter;
    }

    /** The dead letter of the service a replayed record replays; empty for a record without that header. */
    static Optional<Position> replayed(String service, Headers headers) {
        Header header = headers.lastHeader(REPLAY_OF);
        String prefix = Topics.deadLetters(service) + "/";
        if (header == null || header.value() == null) {
            return Optional.empty();
        }
        String value = new String(header.value(), StandardCharsets.UTF_8);
        if (!value.startsWith(prefix)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Position.parse(value.substring(prefix.length())));
        } catch (IllegalArgumentException notAPosition) {
            return Optional.empty();
        }
    }

    private static byte[] text(String value) {
        return value.getBytes(StandardCharsets.UTF_8);
    }
}
