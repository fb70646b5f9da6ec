package org.studiebro.applications.replay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.record.TimestampType;
import org.junit.jupiter.api.Test;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.kafka.support.serializer.DeserializationException;
import org.studiebro.plumbing.rebuild.CatchUpTracker;
import org.studiebro.plumbing.rebuild.TopicView;
import org.studiebro.plumbing.replay.ReplayHeaderNames;
import org.studiebro.schemas.Topics;

class ReplayedRecordsTest {

    private final RecordingView catalog = new RecordingView(Topics.CATALOG_COURSE_EVENTS);
    private final RecordingView status = new RecordingView(Topics.APPLICATIONS_STATUS);
    private final ReplayedRecords replays = new ReplayedRecords(List.of(catalog, status), kafka(),
            new CatchUpTracker());

    @Test
    void aReplayIsHandedToTheViewsOfItsOriginalTopicAsTheRecordItWasThere() {
        // A tombstone: read without the registry.
        replays.on(replay("course-1", null, Topics.CATALOG_COURSE_EVENTS, "2", "17"));

        assertThat(status.records).isEmpty();
        assertThat(catalog.records).singleElement().satisfies(record -> {
            assertThat(record.topic()).isEqualTo(Topics.CATALOG_COURSE_EVENTS);
            assertThat(record.partition()).isEqualTo(2);
            assertThat(record.offset()).isEqualTo(17);
            assertThat(record.timestamp()).isEqualTo(1_234L);
            assertThat(record.key()).isEqualTo("course-1");
            assertThat(record.value()).isNull();
        });
    }

    @Test
    void aReplayThatDoesNotSayWhereItCameFromHasAnUnknownPlace() {
        replays.on(replay("course-1", null, Topics.CATALOG_COURSE_EVENTS, null, "not a number"));

        assertThat(catalog.records).singleElement().satisfies(record -> {
            assertThat(record.partition()).isEqualTo(-1);
            assertThat(record.offset()).isEqualTo(-1);
        });
    }

    @Test
    void aReplayWithoutItsOriginalTopicOrOfATopicNoViewReadsIsNotApplied() {
        assertThatThrownBy(() -> replays.on(replay("k", null, null, "0", "1")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(ReplayHeaderNames.ORIGINAL_TOPIC);
        assertThatThrownBy(() -> replays.on(replay("k", null, Topics.APPLICATIONS_WITHDRAWALS, "0", "1")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(Topics.APPLICATIONS_WITHDRAWALS);
        assertThat(catalog.records).isEmpty();
        assertThat(status.records).isEmpty();
    }

    @Test
    void aReplayThatCannotBeReadFailsAsUnreadableWithItsBytes() {
        byte[] garbage = "not avro".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> replays.on(replay("k", garbage, Topics.APPLICATIONS_STATUS, "0", "1")))
                .isInstanceOfSatisfying(DeserializationException.class,
                        failure -> assertThat(failure.getData()).isEqualTo(garbage))
                .hasMessageContaining("Cannot read the replay as a record of " + Topics.APPLICATIONS_STATUS);
        assertThat(status.records).isEmpty();
    }

    private static ConsumerRecord<String, byte[]> replay(String key, byte[] value, String originalTopic,
            String partition, String offset) {
        RecordHeaders headers = new RecordHeaders();
        if (originalTopic != null) {
            headers.add(ReplayHeaderNames.ORIGINAL_TOPIC, text(originalTopic));
        }
        if (partition != null) {
            headers.add(ReplayHeaderNames.ORIGINAL_PARTITION, text(partition));
        }
        headers.add(ReplayHeaderNames.ORIGINAL_OFFSET, text(offset));
        return new ConsumerRecord<>(ReplayedRecords.TOPIC, 0, 5, 1_234L, TimestampType.CREATE_TIME, 0,
                value == null ? 0 : value.length, key, value, headers, Optional.empty(),
                Optional.empty());
    }

    private static KafkaProperties kafka() {
        KafkaProperties kafka = new KafkaProperties();
        kafka.getProperties().put("schema.registry.url", "http://127.0.0.1:9");
        kafka.getProperties().put("specific.avro.reader", "true");
        return kafka;
    }

    private static byte[] text(String value) {
        return value.getBytes(StandardCharsets.UTF_8);
    }

    private static final class RecordingView implements TopicView {

        private final String topic;
        private final List<ConsumerRecord<String, Object>> records = new ArrayList<>();

        private RecordingView(String topic) {
            this.topic = topic;
        }

        @Override
        public Set<String> topics() {
            return Set.of(topic);
        }

        @Override
        public void on(ConsumerRecord<String, Object> record) {
            records.add(record);
        }
    }
}
