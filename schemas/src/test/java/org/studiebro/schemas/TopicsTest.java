package org.studiebro.schemas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.studiebro.events.ApplicationStatusChanged;
import org.studiebro.events.CostRequestEvent;
import org.studiebro.events.MunicipalityNotice;
import org.studiebro.events.SeatDecided;

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
                Topics.CATALOG_COURSE_EVENTS, Topics.NOTIFICATIONS_DISPATCHED, Topics.AUDIT_PERSONAL_DATA_READS);
        assertThat(Topics.isCompacted(Topics.CATALOG_COURSE_EVENTS)).isTrue();
        assertThat(Topics.isCompacted(Topics.APPLICATIONS_STATUS)).isFalse();
    }

    @Test
    void theHotPathRunsOnFixedTopicsAndOnlyAPartysOwnTopicsArePartyTopics() {
        assertThat(Topics.coreTopics()).containsKeys(Topics.ROUTING_SEAT_REQUESTS, Topics.ROUTING_COST_REQUESTS,
                Topics.ROUTING_SEAT_DECISIONS, Topics.ROUTING_COST_DECISIONS);
        assertThat(Topics.isPartyTopic(Topics.seatDecisions("goteborg-vux"))).isTrue();
        assertThat(Topics.isPartyTopic(Topics.municipalityNotices("se-1480"))).isTrue();
        assertThat(Topics.isPartyTopic(Topics.ROUTING_SEAT_DECISIONS)).isFalse();
        assertThat(Topics.isPartyTopic(Topics.deadLetters("routing-service"))).isFalse();
    }

    @Test
    void theContractOfATopicIsItsValueSchemaAndDeadLettersHaveNone() {
        assertThat(Topics.contractOf(Topics.APPLICATIONS_STATUS)).contains(ApplicationStatusChanged.getClassSchema());
        assertThat(Topics.contractOf("seat-decisions.lernia-gbg")).contains(SeatDecided.getClassSchema());
        assertThat(Topics.contractOf("cost-requests.se-1480")).contains(CostRequestEvent.getClassSchema());
        assertThat(Topics.contractOf("municipality-notices.no-4601")).contains(MunicipalityNotice.getClassSchema());
        assertThat(Topics.contractOf(Topics.deadLetters("routing-service"))).isEmpty();
        assertThat(Topics.contractOf(Topics.replays("routing-service"))).isEmpty();
        assertThat(Topics.contractOf("routing-service-applications-store-changelog")).isEmpty();
    }
}
