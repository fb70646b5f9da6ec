package org.studiebro.benchmark.crash;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;

import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;

class GroupLagTest {

    private static final TopicPartition STATUS_0 = new TopicPartition("applications.status", 0);
    private static final TopicPartition STATUS_1 = new TopicPartition("applications.status", 1);

    @Test
    void runFromTheCommittedOffsetToTheLastStableOne() {
        Map<TopicPartition, GroupLag.Gap> gaps = GroupLag.gaps(Map.of(STATUS_0, 70L, STATUS_1, 100L),
                Set.of(STATUS_0, STATUS_1), Map.of(STATUS_0, 0L, STATUS_1, 0L), Map.of(STATUS_0, 100L, STATUS_1, 100L));

        assertThat(gaps.get(STATUS_0)).isEqualTo(new GroupLag.Gap(STATUS_0, 70, 100));
        assertThat(GroupLag.offsets(gaps)).isEqualTo(30);
    }

    @Test
    void anAssignedPartitionWithoutACommitIsBehindAllItsRecords() {
        Map<TopicPartition, GroupLag.Gap> gaps = GroupLag.gaps(Map.of(), Set.of(STATUS_0, STATUS_1),
                Map.of(STATUS_0, 5L, STATUS_1, 0L), Map.of(STATUS_0, 100L, STATUS_1, 40L));

        assertThat(GroupLag.offsets(gaps)).isEqualTo(135);
    }

    @Test
    void aCommitOfAPartitionNoLongerAssignedStillCounts() {
        assertThat(GroupLag.offsets(GroupLag.gaps(Map.of(STATUS_0, 60L), Set.of(), Map.of(STATUS_0, 0L),
                Map.of(STATUS_0, 100L)))).isEqualTo(40);
    }
}
