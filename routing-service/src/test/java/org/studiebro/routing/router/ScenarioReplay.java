package org.studiebro.routing.router;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StoreQueryParameters;
import org.apache.kafka.streams.state.QueryableStoreTypes;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;
import org.studiebro.events.CooperationAreaDefined;
import org.studiebro.events.CourseEventPublished;
import org.studiebro.events.MunicipalityRegistered;
import org.studiebro.plumbing.deadletter.DeadLetterHeaderNames;
import org.studiebro.routing.rules.TestWorld;
import org.studiebro.schemas.Topics;

/** Replays the scenario table against a running routing-service: publishes its world, reads back the requests. */
final class ScenarioReplay {

    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final String DEAD_LETTERS = Topics.deadLetters("routing-service");

    private final TopicRecorder recorder;
    private final KafkaProducer<String, Object> producer;
    private final Supplier<KafkaStreams> streams;

    ScenarioReplay(TopicRecorder recorder, KafkaProducer<String, Object> producer, Supplier<KafkaStreams> streams) {
        this.recorder = recorder;
        this.producer = producer;
        this.streams = streams;
    }

    /**
     * Publishes the table's catalog, its municipalities and the scenario's areas, and waits until routing's global
     * stores hold them. TestReferenceData published TestWorld's municipalities: the table's names for them are left
     * out, so that neither replaces the other's records. The table's course event and area ids differ from
     * TestWorld's for the same reason.
     */
    void publishWorld(ScenarioTable.World world, List<String> areas) {
        List<MunicipalityRegistered> municipalities = world.municipalityRecords().stream()
                .filter(municipality -> !TestWorld.MUNICIPALITIES.contains(municipality.getMunicipalityId()))
                .toList();
        municipalities.forEach(m -> send(Topics.REFERENCE_MUNICIPALITIES, m.getMunicipalityId(), m));
        List<CourseEventPublished> courseEvents = world.courseEventRecords();
        courseEvents.forEach(event -> send(Topics.CATALOG_COURSE_EVENTS, event.getCourseEventId(), event));
        List<CooperationAreaDefined> areaRecords = world.areaRecords(areas);
        areaRecords.forEach(area -> send(Topics.REFERENCE_COOPERATION_AREAS, area.getAreaId(), area));
        producer.flush();
        await().atMost(WAIT).ignoreExceptions().untilAsserted(() -> {
            assertThat(municipalities).allMatch(m -> globalStore(RoutingTopology.MUNICIPALITIES_STORE)
                    .get(m.getMunicipalityId()) != null);
            assertThat(courseEvents).allMatch(event -> globalStore(RoutingTopology.COURSE_EVENTS_STORE)
                    .get(event.getCourseEventId()) != null);
            assertThat(areaRecords).allMatch(area -> globalStore(RoutingTopology.COOPERATION_AREAS_STORE)
                    .get(area.getAreaId()) != null);
        });
    }

    /** Per topic, the seat requests, cost requests and dead letters routing wrote for the application. */
    Map<String, List<String>> requests(String applicationId) {
        Map<String, List<String>> requests = new LinkedHashMap<>();
        for (ConsumerRecord<String, byte[]> record : recorder.raw(applicationId)) {
            String topic = record.topic();
            if (topic.startsWith(Topics.SEAT_REQUESTS_PREFIX) || topic.startsWith(Topics.COST_REQUESTS_PREFIX)) {
                requests.computeIfAbsent(topic, t -> new ArrayList<>())
                        .add(ScenarioRun.describe((SpecificRecord) recorder.value(record)));
            } else if (topic.equals(DEAD_LETTERS)) {
                requests.computeIfAbsent(topic, t -> new ArrayList<>()).add(ScenarioRun.deadLetter(
                        TopicRecorder.header(record, DeadLetterHeaderNames.MESSAGE)));
            }
        }
        return requests;
    }

    private void send(String topic, String key, Object value) {
        producer.send(new ProducerRecord<>(topic, key, value));
    }

    private ReadOnlyKeyValueStore<String, Object> globalStore(String name) {
        return streams.get().store(StoreQueryParameters.fromNameAndType(name, QueryableStoreTypes.keyValueStore()));
    }
}
