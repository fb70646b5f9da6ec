package org.studiebro.platform.watch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.studiebro.schemas.Topics;

class TopicSelectionTest {

    @Test
    void byDefaultEveryTopicOfAnApplicationsJourneyAndTheDeadLetters() {
        TopicSelection studiebro = TopicSelection.of(List.of());

        assertThat(List.of(Topics.APPLICATIONS_SUBMITTED, Topics.APPLICATIONS_WITHDRAWALS, Topics.APPLICATIONS_STATUS,
                Topics.seatRequests("goteborg-vux"), Topics.seatDecisions("goteborg-vux"),
                Topics.costRequests("se-1481"), Topics.costDecisions("se-1481"),
                Topics.municipalityNotices("no-4601"), Topics.NOTIFICATIONS_DISPATCHED,
                Topics.deadLetters("routing-service")))
                .allMatch(studiebro::matches);
    }

    @Test
    void byDefaultNotTheCatalogTheReferenceDataOrTheBrokersOwnTopics() {
        TopicSelection studiebro = TopicSelection.studiebro();

        assertThat(List.of(Topics.CATALOG_COURSE_EVENTS, Topics.REFERENCE_MUNICIPALITIES,
                Topics.REFERENCE_COOPERATION_AREAS, "__consumer_offsets", "__transaction_state",
                "routing-service-applications-changelog", "notifications.dispatchedx"))
                .noneMatch(studiebro::matches);
    }

    @Test
    void namedTopicsAndPatternsMatchWholeTopicNames() {
        TopicSelection selection = TopicSelection.of(List.of("catalog.course-events", "municipality-notices\\.se-.*"));

        assertThat(selection.matches(Topics.CATALOG_COURSE_EVENTS)).isTrue();
        assertThat(selection.matches(Topics.municipalityNotices("se-1480"))).isTrue();
        assertThat(selection.matches(Topics.municipalityNotices("no-4601"))).isFalse();
        assertThat(selection.matches(Topics.APPLICATIONS_STATUS)).isFalse();
        assertThat(selection.matches("catalog.course-events-old")).isFalse();
        assertThat(selection).hasToString("catalog.course-events municipality-notices\\.se-.*");
    }

    @Test
    void refusesWhatIsNoRegularExpression() {
        assertThatThrownBy(() -> TopicSelection.of(List.of("seat-requests.(")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'seat-requests.('");
    }

    @Test
    void anApplicationIdKeepsOnlyThatApplicationsRecords() {
        WatchRequest one = WatchRequest.of(List.of(), "app-1", false);

        assertThat(one.keeps("app-1")).isTrue();
        assertThat(one.keeps("app-2")).isFalse();
        assertThat(one.keeps(null)).isFalse();
        assertThat(WatchRequest.of(List.of(), null, false).keeps("app-2")).isTrue();
    }
}
