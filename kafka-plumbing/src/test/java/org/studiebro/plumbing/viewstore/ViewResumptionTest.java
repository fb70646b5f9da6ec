package org.studiebro.plumbing.viewstore;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;

class ViewResumptionTest {

    private static final String TOPIC = "applications.status";
    private static final TopicPartition P0 = new TopicPartition(TOPIC, 0);
    private static final TopicPartition P1 = new TopicPartition(TOPIC, 1);
    private static final TopicBounds BOUNDS = new TopicBounds(Map.of(TOPIC, "id-1"), Map.of(P0, 0L, P1, 10L),
            Map.of(P0, 100L, P1, 50L));

    @Test
    void aViewGoesOnFromPositionsWithinItsTopicsOfTheSameId() {
        assertThat(ViewResumption.lostBecause(Map.of(P0, 100L, P1, 10L), Map.of(TOPIC, "id-1"), BOUNDS)).isEmpty();
        assertThat(ViewResumption.lostBecause(Map.of(), Map.of(), BOUNDS)).isEmpty();
    }

    @Test
    void aTopicCreatedAgainLosesTheViewWhereverItsOffsetsAre() {
        assertThat(ViewResumption.lostBecause(Map.of(P0, 3L), Map.of(TOPIC, "id-0"), BOUNDS))
                .hasValueSatisfying(reason -> assertThat(reason).contains("created again"));
        assertThat(ViewResumption.lostBecause(Map.of(), Map.of(TOPIC, "id-0"), BOUNDS)).isPresent();
    }

    @Test
    void aPositionBeyondTheEndOrBeforeTheStartLosesTheView() {
        assertThat(ViewResumption.lostBecause(Map.of(P0, 101L), Map.of(TOPIC, "id-1"), BOUNDS))
                .hasValueSatisfying(reason -> assertThat(reason).contains("beyond its end offset 100"));
        assertThat(ViewResumption.lostBecause(Map.of(P1, 9L), Map.of(TOPIC, "id-1"), BOUNDS))
                .hasValueSatisfying(reason -> assertThat(reason).contains("before its start offset 10"));
    }

    @Test
    void aPartitionThatIsGoneLosesTheViewAndATopicItNoLongerReadsDoesNot() {
        TopicPartition gone = new TopicPartition(TOPIC, 2);
        assertThat(ViewResumption.lostBecause(Map.of(gone, 1L), Map.of(TOPIC, "id-1"), BOUNDS))
                .hasValueSatisfying(reason -> assertThat(reason).contains("does not exist any more"));
        assertThat(ViewResumption.lostBecause(Map.of(new TopicPartition("other", 0), 1_000L),
                Map.of(TOPIC, "id-1", "other", "id-9"), BOUNDS)).isEmpty();
    }
}
