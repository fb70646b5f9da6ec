package org.studiebro.platform.deadletters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.studiebro.platform.deadletters.DeadLetters.text;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.Test;
import org.studiebro.plumbing.replay.ReplayHeaderNames;

class ReplayWriterTest {

    private static final Origin SEAT_DECISIONS = new Origin("seat-decisions.goteborg-vux", 2, 17L);

    @Test
    void aReplayHasTheOriginalBytesTimeAndPartitionAndNamesItsDeadLetterAndOrigin() {
        DeadLetter deadLetter = DeadLetters.deadLetter("routing-service", 1, 5, "app-1", SEAT_DECISIONS);

        ProducerRecord<byte[], byte[]> replay = ReplayWriter.replay(deadLetter, "replays.routing-service", 3);

        assertThat(replay.topic()).isEqualTo("replays.routing-service");
        assertThat(replay.partition()).isEqualTo(2);
        assertThat(replay.timestamp()).isEqualTo(deadLetter.time().toEpochMilli());
        assertThat(replay.key()).isEqualTo(text("app-1"));
        assertThat(replay.value()).isEqualTo(deadLetter.value());
        assertThat(replay.headers().toArray()).extracting(header -> header.key() + "=" + new String(header.value()))
                .containsExactly(
                        "studiebro-replay-of=dead-letters.routing-service/1@5",
                        "studiebro-original-topic=seat-decisions.goteborg-vux",
                        "studiebro-original-partition=2",
                        "studiebro-original-offset=17");
    }

    @Test
    void theKeyChoosesThePartitionWhenTheOriginalOneIsUnknownOrMissingFromTheReplayTopic() {
        DeadLetter unknown = DeadLetters.deadLetter("routing-service", 0, 1, "app-1", Origin.UNKNOWN);
        DeadLetter beyond = DeadLetters.deadLetter("routing-service", 0, 2, "app-1", SEAT_DECISIONS);

        assertThat(ReplayWriter.replay(unknown, "replays.routing-service", 3).partition()).isNull();
        assertThat(ReplayWriter.replay(unknown, "replays.routing-service", 3).headers().toArray())
                .extracting(header -> header.key()).containsExactly("studiebro-replay-of");
        assertThat(ReplayWriter.replay(beyond, "replays.routing-service", 2).partition()).isNull();
    }

    @Test
    void theReplayLogNamesTheServicesDeadLettersOnly() {
        DeadLetter deadLetter = DeadLetters.deadLetter("routing-service", 1, 5, "app-1", SEAT_DECISIONS);
        RecordHeaders other = new RecordHeaders();
        other.add(ReplayHeaderNames.REPLAY_OF, text("dead-letters.notification-service/1@5"));
        RecordHeaders garbled = new RecordHeaders();
        garbled.add(ReplayHeaderNames.REPLAY_OF, text("dead-letters.routing-service/one@five"));

        assertThat(ReplayHeaders.replayed("routing-service",
                ReplayWriter.replay(deadLetter, "replays.routing-service", 3).headers())).contains(new Position(1, 5));
        assertThat(ReplayHeaders.replayed("routing-service", other)).isEmpty();
        assertThat(ReplayHeaders.replayed("routing-service", garbled)).isEmpty();
        assertThat(ReplayHeaders.replayed("routing-service", new RecordHeaders())).isEmpty();
    }
}
