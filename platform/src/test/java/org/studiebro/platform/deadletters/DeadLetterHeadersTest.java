package org.studiebro.platform.deadletters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.studiebro.platform.deadletters.DeadLetters.text;

import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.Test;
import org.studiebro.plumbing.replay.ReplayHeaderNames;

class DeadLetterHeadersTest {

    @Test
    void readsSpringKafkasBinaryNumbers() {
        Headers headers = DeadLetters.spring("applications.status", 2, 4711L, 1_700_000_000_123L, "SMTP down");

        assertThat(DeadLetterHeaders.origin(headers)).isEqualTo(new Origin("applications.status", 2, 4711L));
        assertThat(DeadLetterHeaders.reason(headers)).isEqualTo("SMTP down");
        assertThat(DeadLetterHeaders.originalTimestamp(headers)).hasValue(1_700_000_000_123L);
    }

    @Test
    void readsKafkaStreamsText() {
        Headers headers = DeadLetters.streams("seat-decisions.goteborg-vux", 1, 17L, "no such application");

        assertThat(DeadLetterHeaders.origin(headers)).isEqualTo(new Origin("seat-decisions.goteborg-vux", 1, 17L));
        assertThat(DeadLetterHeaders.reason(headers)).isEqualTo("no such application");
        assertThat(DeadLetterHeaders.originalTimestamp(headers)).isEmpty();
    }

    @Test
    void aReplayThatFailedAgainKeepsWhereItsRecordFirstArrived() {
        // The routing-service's handler copies the replayed record's headers, then adds its own for the replay topic.
        Headers headers = new RecordHeaders();
        headers.add(ReplayHeaderNames.REPLAY_OF, text("dead-letters.routing-service/1@5"));
        headers.add(ReplayHeaderNames.ORIGINAL_TOPIC, text("seat-decisions.goteborg-vux"));
        headers.add(ReplayHeaderNames.ORIGINAL_PARTITION, text("1"));
        headers.add(ReplayHeaderNames.ORIGINAL_OFFSET, text("17"));
        DeadLetters.streams("replays.routing-service", 1, 3L, "no choice 1 of course event gbg-vard")
                .forEach(headers::add);

        assertThat(DeadLetterHeaders.origin(headers)).isEqualTo(new Origin("seat-decisions.goteborg-vux", 1, 17L));
        assertThat(DeadLetterHeaders.reason(headers)).isEqualTo("no choice 1 of course event gbg-vard");
    }

    @Test
    void partsThatAreMissingOrNotNumbersAreUnknown() {
        Headers streams = new RecordHeaders();
        streams.add("__streams.errors.topic", text("applications.submitted"));
        streams.add("__streams.errors.partition", text("two"));
        Headers spring = new RecordHeaders();
        spring.add("kafka_dlt-original-topic", text("applications.status"));
        spring.add("kafka_dlt-original-offset", text("12"));

        assertThat(DeadLetterHeaders.origin(streams)).hasToString("applications.submitted/?@?");
        assertThat(DeadLetterHeaders.origin(spring)).hasToString("applications.status/?@?");
        assertThat(DeadLetterHeaders.origin(new RecordHeaders())).isEqualTo(Origin.UNKNOWN).hasToString("?/?@?");
        assertThat(DeadLetterHeaders.reason(new RecordHeaders())).isNull();
    }
}
