package org.studiebro.schemas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.apache.avro.specific.SpecificRecord;
import org.junit.jupiter.api.Test;

class TopicRegistryTest {

    @Test
    void everyTopicHasOneWriterAndAGeneratedAvroClassAsItsValue() {
        assertThat(TopicRegistry.all()).isNotEmpty().allSatisfy(topic -> {
            assertThat(topic.writer()).as("writer of %s", topic).isNotNull();
            assertThat(SpecificRecord.class.isAssignableFrom(topic.valueType())).as("value of %s", topic).isTrue();
            assertThat(topic.valueSchema().getFullName()).isEqualTo(topic.valueType().getName());
            assertThat(topic.keyType()).isEqualTo(String.class);
        });
    }

    @Test
    void noTopicNameBelongsToTwoEntriesSoNoTopicHasTwoWriters() {
        List<String> examples = TopicRegistry.all().stream()
                .map(topic -> topic.isPerParty() ? topic.nameFor("se-1480") : topic.name())
                .toList();
        assertThat(examples).doesNotHaveDuplicates().allSatisfy(name -> assertThat(
                TopicRegistry.all().stream().filter(topic -> topic.matches(name))).as(name).hasSize(1));
    }

    @Test
    void everyCoreTopicAndEveryPartyTopicIsRegistered() {
        Stream.of(Topics.coreTopics().keySet(), Topics.seatOwnerTopics("lernia-gbg").keySet(),
                Topics.municipalityTopics("no-4601").keySet()).flatMap(Set::stream)
                .forEach(name -> assertThat(TopicRegistry.of(name)).as(name).isPresent());
    }

    @Test
    void eachTopicIsWrittenByTheServiceThatOwnsIt() {
        assertThat(TopicRegistry.of(Topics.APPLICATIONS_SUBMITTED).orElseThrow().writer())
                .isEqualTo(Service.APPLICATIONS_SERVICE);
        assertThat(TopicRegistry.of(Topics.REFERENCE_MUNICIPALITIES).orElseThrow().writer())
                .isEqualTo(Service.REFERENCE_DATA_SERVICE);
        assertThat(TopicRegistry.of(Topics.CATALOG_COURSE_EVENTS).orElseThrow().writer())
                .isEqualTo(Service.REFERENCE_DATA_SERVICE);
        assertThat(TopicRegistry.of(Topics.seatRequests("goteborg-vux")).orElseThrow().writer())
                .isEqualTo(Service.ROUTING_SERVICE);
        assertThat(TopicRegistry.of(Topics.costDecisions("se-1480")).orElseThrow().writer())
                .isEqualTo(Service.REFERENCE_PARTIES);
        assertThat(TopicRegistry.of(Topics.municipalityNotices("se-1480")).orElseThrow().writer())
                .isEqualTo(Service.NOTIFICATION_SERVICE);
    }

    @Test
    void deadLettersReplaysAndOthersTopicsHaveNoEntry() {
        assertThat(TopicRegistry.of(Topics.deadLetters("routing-service"))).isEmpty();
        assertThat(TopicRegistry.of(Topics.replays("routing-service"))).isEmpty();
        assertThat(TopicRegistry.of("routing-service-applications-store-changelog")).isEmpty();
        assertThat(TopicRegistry.of("seat-requests.")).isEmpty();
    }

    @Test
    void aFamilyNamesOnlyPartyTopicsAndAFixedTopicHasNoParties() {
        assertThat(TopicRegistry.SEAT_DECISIONS.nameFor("lernia-gbg")).isEqualTo("seat-decisions.lernia-gbg");
        assertThatThrownBy(() -> TopicRegistry.SEAT_DECISIONS.nameFor("a.b"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TopicRegistry.APPLICATIONS_STATUS.nameFor("se-1480"))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void everyServiceIsFoundByTheNameItRunsUnder() {
        for (Service service : Service.values()) {
            assertThat(Service.named(service.serviceName())).contains(service);
        }
        assertThat(Service.named("platform")).isEmpty();
    }
}
