package org.studiebro.reference.streams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;

import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.Test;
import org.studiebro.plumbing.replay.ReplayHeaderNames;
import org.studiebro.schemas.Topics;

class ReplayedRequestsTest {

    private static final String OWNERS_TOPIC = Topics.seatRequests("goteborg-vux");
    private static final String OTHERS_TOPIC = Topics.seatRequests("molndal-vux");

    @Test
    void aReplayCountsAsComingOnTheTopicItsHeaderNames() {
        assertThat(ReplayedRequests.sourceTopic(ReplayedRequests.TOPIC, claiming(OTHERS_TOPIC))).isEqualTo(OTHERS_TOPIC);
    }

    @Test
    void onAPartysOwnTopicTheHeaderIsNotBelieved() {
        assertThat(ReplayedRequests.sourceTopic(OWNERS_TOPIC, claiming(OTHERS_TOPIC))).isEqualTo(OWNERS_TOPIC);
    }

    @Test
    void aReplayWithoutTheHeaderComesFromNowhereItCouldBeAnsweredFor() {
        assertThatThrownBy(() -> ReplayedRequests.sourceTopic(ReplayedRequests.TOPIC, new RecordHeaders()))
                .isInstanceOf(MisaddressedRecordException.class)
                .hasMessageContaining(ReplayHeaderNames.ORIGINAL_TOPIC);
    }

    private static RecordHeaders claiming(String topic) {
        RecordHeaders headers = new RecordHeaders();
        headers.add(ReplayHeaderNames.ORIGINAL_TOPIC, topic.getBytes(StandardCharsets.UTF_8));
        return headers;
    }
}
