package org.studiebro.platform.deadletters;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.studiebro.plumbing.replay.ReplayHeaderNames;
import org.studiebro.schemas.Topics;

/**
 * Writes the {@link ReplayHeaderNames headers of a replayed record} (which dead letter it replays, where its record
 * first arrived: as text whichever style the dead letter had) and reads back which dead letter a replay replays,
 * so that each dead letter is replayed only once.
 */
final class ReplayHeaders {

    private ReplayHeaders() {
    }

    static void write(Headers headers, String service, Position deadLetter, Origin origin) {
        headers.add(ReplayHeaderNames.REPLAY_OF, text(replayOf(service, deadLetter)));
        // A part the dead letter does not name is left out rather than guessed.
        if (origin.topic() != null) {
            headers.add(ReplayHeaderNames.ORIGINAL_TOPIC, text(origin.topic()));
        }
        if (origin.partition() != null) {
            headers.add(ReplayHeaderNames.ORIGINAL_PARTITION, text(origin.partition().toString()));
        }
        if (origin.offset() != null) {
            headers.add(ReplayHeaderNames.ORIGINAL_OFFSET, text(origin.offset().toString()));
        }
    }

    static String replayOf(String service, Position deadLetter) {
        return Topics.deadLetters(service) + "/" + deadLetter;
    }

    /** The dead letter of the service a replayed record replays; empty for a record without that header. */
    static Optional<Position> replayed(String service, Headers headers) {
        Header header = headers.lastHeader(ReplayHeaderNames.REPLAY_OF);
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
