package org.studiebro.plumbing.replay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.record.TimestampType;
import org.apache.kafka.common.serialization.IntegerDeserializer;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.support.serializer.DeserializationException;
import org.studiebro.schemas.Topics;

class ReplayedRecordTest {

    private static final String REPLAYS = Topics.replays("routing-service");
    private static final String OWN = Topics.seatDecisions("goteborg-vux");
    private static final String OTHER = Topics.seatDecisions("molndal-vux");

    @Test
    void aReplayArrivedOnTheTopicItsHeaderNames() {
        assertThat(ReplayedRecord.arrivedOn(REPLAYS, headers(OTHER, "2", "17"))).contains(OTHER);
        assertThat(ReplayedRecord.arrivedOn(REPLAYS, new RecordHeaders())).isEmpty();
    }

    @Test
    void onAnyOtherTopicTheHeaderIsNotBelieved() {
        assertThat(ReplayedRecord.arrivedOn(OWN, headers(OTHER, "2", "17"))).contains(OWN);
    }

    @Test
    void theOriginalRecordHasItsTopicPartitionOffsetKeyAndTime() {
        ConsumerRecord<String, String> original = ReplayedRecord.asOriginal(replay(headers(OTHER, "2", " 17")),
                OTHER, "value");

        assertThat(original.topic()).isEqualTo(OTHER);
        assertThat(original.partition()).isEqualTo(2);
        assertThat(original.offset()).isEqualTo(17);
        assertThat(original.key()).isEqualTo("key");
        assertThat(original.value()).isEqualTo("value");
        assertThat(original.timestamp()).isEqualTo(1_234L);
    }

    @Test
    void aPlaceTheReplayDoesNotNameIsUnknown() {
        ConsumerRecord<String, String> original = ReplayedRecord.asOriginal(replay(headers(OTHER, null, "five")),
                OTHER, "value");

        assertThat(original.partition()).isEqualTo(-1);
        assertThat(original.offset()).isEqualTo(-1);
    }

    @Test
    void aValueThatCannotBeReadFailsAsUnreadableWithItsBytes() {
        byte[] garbage = "not an int".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> ReplayedRecord.read(new IntegerDeserializer(), OTHER, garbage))
                .isInstanceOfSatisfying(DeserializationException.class,
                        failure -> assertThat(failure.getData()).isEqualTo(garbage))
                .hasMessageContaining("Cannot read the replay as a record of " + OTHER);
    }

    private static ConsumerRecord<String, byte[]> replay(RecordHeaders headers) {
        return new ConsumerRecord<>(REPLAYS, 0, 5, 1_234L, TimestampType.CREATE_TIME, 0, 0, "key", new byte[0],
                headers, Optional.empty(), Optional.empty());
    }

    private static RecordHeaders headers(String topic, String partition, String offset) {
        RecordHeaders headers = new RecordHeaders();
        headers.add(ReplayHeaderNames.ORIGINAL_TOPIC, text(topic));
        if (partition != null) {
            headers.add(ReplayHeaderNames.ORIGINAL_PARTITION, text(partition));
        }
        headers.add(ReplayHeaderNames.ORIGINAL_OFFSET, text(offset));
        return headers;
    }

    private static byte[] text(String value) {
        return value.getBytes(StandardCharsets.UTF_8);
    }
}
