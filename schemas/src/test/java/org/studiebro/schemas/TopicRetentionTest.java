package org.studiebro.schemas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.stream.Stream;

import org.apache.kafka.common.config.TopicConfig;
import org.junit.jupiter.api.Test;

class TopicRetentionTest {

    @Test
    void theRecordOfAnApplicationIsKept() {
        Stream.of(Topics.APPLICATIONS_SUBMITTED, Topics.APPLICATIONS_WITHDRAWALS, Topics.APPLICATIONS_STATUS,
                Topics.NOTIFICATIONS_DISPATCHED)
                .forEach(topic -> assertThat(TopicRetention.configsOf(topic))
                        .as(topic).containsEntry(TopicConfig.RETENTION_MS_CONFIG, "-1"));
    }

    @Test
    void deadLettersAndTheirReplaysAreKeptNinetyDaysOrAsLongAsTheDeploymentChose() {
        Stream.of(Topics.deadLetters("routing-service"), Topics.replays("routing-service"))
                .forEach(topic -> {
                    assertThat(TopicRetention.configsOf(topic)).as(topic)
                            .containsEntry(TopicConfig.RETENTION_MS_CONFIG, String.valueOf(Duration.ofDays(90).toMillis()));
                    assertThat(TopicRetention.configsOf(topic, Duration.ofDays(14))).as(topic)
                            .containsEntry(TopicConfig.RETENTION_MS_CONFIG, String.valueOf(Duration.ofDays(14).toMillis()));
                });
    }

    @Test
    void referenceDataIsCompactedAndEveryOtherTopicHasAChosenRetention() {
        assertThat(TopicRetention.configsOf(Topics.CATALOG_COURSE_EVENTS))
                .containsEntry(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT);
        assertThat(TopicRetention.configsOf(Topics.seatRequests("goteborg-vux")))
                .containsEntry(TopicConfig.RETENTION_MS_CONFIG, String.valueOf(TopicRetention.PARTY_INBOX.toMillis()));
        assertThat(TopicRetention.configsOf(Topics.ROUTING_SEAT_DECISIONS))
                .containsEntry(TopicConfig.RETENTION_MS_CONFIG, String.valueOf(TopicRetention.IN_TRANSIT.toMillis()));
        Topics.coreTopics().keySet().forEach(topic -> assertThat(TopicRetention.configsOf(topic)).as(topic)
                .isNotEmpty());
    }

    @Test
    void aTopicNobodyChoseARetentionForIsRefused() {
        assertThatThrownBy(() -> TopicRetention.configsOf("somebody.elses-topic"))
                .hasMessage("no retention chosen for topic somebody.elses-topic");
    }
}
