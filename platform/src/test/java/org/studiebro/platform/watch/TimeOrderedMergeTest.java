package org.studiebro.platform.watch;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Set;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;

class TimeOrderedMergeTest {

    private static final long SECOND = Duration.ofSeconds(1).toNanos();
    private static final TopicPartition SUBMITTED = new TopicPartition("applications.submitted", 0);
    private static final TopicPartition STATUS = new TopicPartition("applications.status", 1);
    private static final TopicPartition SEATS = new TopicPartition("seat-requests.goteborg-vux", 2);
    private static final List<TopicPartition> ALL = List.of(SUBMITTED, STATUS, SEATS);

    private final TimeOrderedMerge merge = new TimeOrderedMerge(Duration.ofSeconds(2));

    @Test
    void letsOutTheOldestFirstAcrossTopicsOnceEveryPartitionIsReadToItsEnd() {
        merge.add(record(SEATS, 0, 1_000), 0);
        merge.add(record(STATUS, 0, 3_000), 0);
        merge.add(record(SUBMITTED, 0, 500), 0);
        merge.add(record(SEATS, 1, 2_000), 0);

        assertThat(offsets(merge.release(ALL, partition -> true, 0)))
                .containsExactly("applications.submitted@0", "seat-requests.goteborg-vux@0",
                        "seat-requests.goteborg-vux@1", "applications.status@0");
        assertThat(merge.release(ALL, partition -> true, 0)).isEmpty();
    }

    @Test
    void holdsBackWhileAPartitionThatMightHoldAnOlderRecordIsStillBeingRead() {
        merge.add(record(STATUS, 0, 3_000), 0);

        assertThat(merge.release(ALL, partition -> !partition.equals(SUBMITTED), SECOND)).isEmpty();

        merge.add(record(SUBMITTED, 0, 500), SECOND);
        assertThat(offsets(merge.release(ALL, partition -> true, SECOND)))
                .containsExactly("applications.submitted@0", "applications.status@0");
    }

    @Test
    void stopsWhenAPartitionItEmptiedHasMoreToRead() {
        merge.add(record(SUBMITTED, 0, 500), 0);
        merge.add(record(STATUS, 0, 3_000), 0);

        // All of SUBMITTED that was fetched is out, but more of it is on its way.
        assertThat(offsets(merge.release(ALL, partition -> !partition.equals(SUBMITTED), 0)))
                .containsExactly("applications.submitted@0");
    }

    @Test
    void aPartitionThatCannotBeReadHoldsNothingBackForLong() {
        merge.add(record(STATUS, 0, 3_000), 0);

        assertThat(merge.release(ALL, partition -> !partition.equals(SUBMITTED), SECOND)).isEmpty();
        assertThat(offsets(merge.release(ALL, partition -> !partition.equals(SUBMITTED), 3 * SECOND)))
                .containsExactly("applications.status@0");
    }

    @Test
    void equalTimestampsFollowTheFlowAndEachPartitionKeepsItsOrder() {
        merge.add(record(STATUS, 0, 1_000), 0);
        merge.add(record(STATUS, 1, 900), 0);
        merge.add(record(SEATS, 0, 1_000), 0);
        merge.add(record(SUBMITTED, 0, 1_000), 0);

        assertThat(offsets(merge.release(ALL, partition -> true, 0))).containsExactly(
                "applications.submitted@0", "seat-requests.goteborg-vux@0", "applications.status@0",
                "applications.status@1");
    }

    @Test
    void whatIsHeldGoesOutWhenTheWatchStopsButNotWhatWasForgotten() {
        merge.add(record(STATUS, 0, 3_000), 0);
        merge.add(record(SEATS, 0, 2_000), 0);
        merge.forget(Set.of(SEATS));

        assertThat(offsets(merge.releaseAll())).containsExactly("applications.status@0");
    }

    @Test
    void aPartitionWithManyRecordsWaitingIsFull() {
        for (int offset = 0; offset < TimeOrderedMerge.MAX_QUEUED; offset++) {
            merge.add(record(SEATS, offset, offset), 0);
        }
        merge.add(record(STATUS, 0, 0), 0);

        assertThat(merge.full()).containsExactly(SEATS);
        merge.release(ALL, partition -> true, 0);
        assertThat(merge.full()).isEmpty();
    }

    private static ConsumerRecord<String, byte[]> record(TopicPartition partition, long offset, long timestamp) {
        return Records.record(partition.topic(), partition.partition(), offset, timestamp, "app-1", new byte[0]);
    }

    private static List<String> offsets(List<ConsumerRecord<String, byte[]>> records) {
        return records.stream().map(record -> record.topic() + "@" + record.offset()).toList();
    }
}
