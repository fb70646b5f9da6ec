package org.studiebro.schemas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TopicsTest {

    @Test
    void perPartyTopicsCarryThePartyId() {
        assertThat(Topics.seatRequests("goteborg-vux")).isEqualTo("seat-requests.goteborg-vux");
        assertThat(Topics.costDecisions("se-0380")).isEqualTo("cost-decisions.se-0380");
        assertThat(Topics.partyOf("municipality-notices.no-4601")).isEqualTo("no-4601");
        assertThat(Topics.replays("routing-service")).isEqualTo("replays.routing-service");
    }

    @Test
    void patternsMatchOnlyTheirOwnKindOfTopic() {
        assertThat(Topics.SEAT_DECISIONS.matcher("seat-decisions.lernia-gbg").matches()).isTrue();
        assertThat(Topics.SEAT_DECISIONS.matcher("seat-requests.lernia-gbg").matches()).isFalse();
        assertThat(Topics.COST_DECISIONS.matcher("cost-decisions.se-1480").matches()).isTrue();
    }

    @Test
    void refusesPartyIdsThatWouldEscapeTheirTopic() {
        assertThatThrownBy(() -> Topics.seatRequests("Göteborg")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Topics.seatRequests("a.b")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Topics.seatRequests("")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void everyCoreTopicHasASchemaAndOnlyReferenceDataIsCompacted() {
        assertThat(Topics.coreTopics()).containsKeys(Topics.APPLICATIONS_SUBMITTED, Topics.APPLICATIONS_STATUS,
                Topics.CATALOG_COURSE_EVENTS, Topics.NOTIFICATIONS_DISPATCHED);
        assertThat(Topics.isCompacted(Topics.CATALOG_COURSE_EVENTS)).isTrue();
        assertThat(Topics.isCompacted(Topics.APPLICATIONS_STATUS)).isFalse();
    }
}
