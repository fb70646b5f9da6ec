package org.studiebro.routing.router;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.studiebro.routing.rules.TestWorld.GOTEBORG;
import static org.studiebro.routing.rules.TestWorld.GOTEBORG_VUX;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StoreQueryParameters;
import org.apache.kafka.streams.state.QueryableStoreTypes;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.kafka.config.StreamsBuilderFactoryBean;
import org.springframework.test.annotation.DirtiesContext;
import org.studiebro.events.ApplicationState;
import org.studiebro.events.ApplicationStatusChanged;
import org.studiebro.events.CostDecisionState;
import org.studiebro.events.CostRule;
import org.studiebro.events.CourseEventPublished;
import org.studiebro.events.CourseEventStatus;
import org.studiebro.events.CourseKind;
import org.studiebro.events.MunicipalityRegistered;
import org.studiebro.events.SeatRequestEvent;
import org.studiebro.events.SeatRequested;
import org.studiebro.plumbing.deadletter.DeadLetterHeaderNames;
import org.studiebro.routing.RoutingServiceApplication;
import org.studiebro.routing.rules.TestEvents;
import org.studiebro.routing.rules.TestWorld;
import org.studiebro.schemas.Topics;
import org.studiebro.serde.AvroSerializer;
import org.studiebro.serde.TopicProvisioner;
import org.studiebro.testsupport.SharedInfrastructure;
import org.studiebro.testsupport.WithSharedInfrastructure;

/**
 * Poison on the topics of routing's global stores (catalog, municipalities, cooperation areas), against the real
 * broker and registry: each goes to dead-letters.routing-service with its reason and origin, the good records after
 * it reach the stores and routing uses them, and a second routing-service, which rebuilds its global stores from the
 * same topics, writes no dead letter a second time.
 */
@ExtendWith(WithSharedInfrastructure.class)
@DirtiesContext
@SpringBootTest(properties = {
        "spring.kafka.streams.application-id=routing-global-poison-it-${random.uuid}",
        "spring.kafka.streams.state-dir=${java.io.tmpdir}/routing-global-poison-it-${random.uuid}"})
class GlobalStorePoisonIT {

    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final String DEAD_LETTERS = Topics.deadLetters("routing-service");
    private static final int PARTITION = 1;
    private static final byte[] NOT_AVRO = "{\"not\": \"avro\"}".getBytes(StandardCharsets.UTF_8);
    private static final byte[] UNKNOWN_SCHEMA_ID = {0, 0x7f, 0x7f, 0x7f, 0x70, 2, 4};

    private static SharedInfrastructure infrastructure;
    private static TopicRecorder recorder;
    private static KafkaProducer<String, Object> events;
    private static KafkaProducer<String, byte[]> bytes;

    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private final String courseEventId = "poison-it-course-" + run;
    private final String municipalityId = "se-9" + Math.abs(run.hashCode() % 1000);
    private final String areaId = "poison-it-area-" + run;
    private final List<Poison> poisons = new ArrayList<>();

    @Autowired
    private StreamsBuilderFactoryBean streams;

    @BeforeAll
    static void startClients() {
        infrastructure = SharedInfrastructure.get();
        TestReferenceData.publish(infrastructure);
        recorder = new TopicRecorder(infrastructure);
        Map<String, Object> config = infrastructure.kafkaClientConfig().with(Map.of(
                "schema.registry.url", infrastructure.schemaRegistryUrl(), "auto.register.schemas", false));
        AvroSerializer avro = new AvroSerializer();
        avro.configure(config, false);
        events = new KafkaProducer<>(config, new StringSerializer(), avro);
        bytes = new KafkaProducer<>(config, new StringSerializer(), new ByteArraySerializer());
    }

    @AfterAll
    static void stopClients() throws InterruptedException {
        events.close();
        bytes.close();
        recorder.close();
    }

    @Test
    void poisonOnEveryGlobalTopicIsDeadLetteredOnceAndTheGoodRecordsAfterItAreUsed() throws Exception {
        try (TopicProvisioner provisioner = new TopicProvisioner(infrastructure.kafkaClientConfig().settings(),
                infrastructure.schemaRegistryUrl(), 3)) {
            provisioner.provision(Topics.municipalityTopics(municipalityId));
        }
        CourseEventPublished courseEvent = TestEvents.courseEvent(courseEventId, GOTEBORG_VUX, GOTEBORG,
                CourseKind.VOCATIONAL, CourseEventStatus.OPEN, TestWorld.FAR_DEADLINE);
        MunicipalityRegistered municipality = MunicipalityRegistered.newBuilder()
                .setMetadata(TestEvents.metadata("import")).setMunicipalityId(municipalityId)
                .setCode(municipalityId.substring(3)).setCountry("SE").setName("Poisonby").setCounty("län").build();

        poison(Topics.CATALOG_COURSE_EVENTS, Topics.REFERENCE_MUNICIPALITIES, municipality,
                "expected a CourseEventPublished");
        poison(Topics.CATALOG_COURSE_EVENTS, "mislabelled", serialized(Topics.CATALOG_COURSE_EVENTS, courseEvent),
                "is not the CourseEventPublished's id");
        poison(Topics.REFERENCE_MUNICIPALITIES, Topics.CATALOG_COURSE_EVENTS, courseEvent,
                "expected a MunicipalityRegistered");
        poison(Topics.REFERENCE_COOPERATION_AREAS, Topics.REFERENCE_MUNICIPALITIES, municipality,
                "expected a CooperationAreaDefined");
        send(Topics.CATALOG_COURSE_EVENTS, courseEventId, courseEvent);
        send(Topics.REFERENCE_MUNICIPALITIES, municipalityId, municipality);
        send(Topics.REFERENCE_COOPERATION_AREAS, areaId, TestEvents.area(areaId, CostRule.AUTOMATIC,
                List.of(CourseKind.VOCATIONAL), municipalityId, GOTEBORG));

        poisons.forEach(this::assertDeadLettered);
        await().atMost(WAIT).ignoreExceptions().untilAsserted(() -> assertStores(streams.getKafkaStreams()));

        String applicationId = "poison-it-" + run;
        send(Topics.APPLICATIONS_SUBMITTED, applicationId, TestEvents.submitted(applicationId, municipalityId,
                courseEventId));
        SeatRequestEvent request = await().atMost(WAIT).until(() -> recorder.values(Topics.seatRequests(GOTEBORG_VUX),
                applicationId, SeatRequestEvent.class).stream().findFirst(), Optional::isPresent).orElseThrow();
        assertThat(((SeatRequested) request.getChange()).getCostDecision()).isEqualTo(CostDecisionState.AUTOMATIC);
        assertThat(recorder.values(Topics.APPLICATIONS_STATUS, applicationId, ApplicationStatusChanged.class))
                .extracting(ApplicationStatusChanged::getStatus).containsExactly(ApplicationState.AWAITING_SEAT_OWNER);

        try (ConfigurableApplicationContext second = secondRoutingService()) {
            KafkaStreams secondStreams = second.getBean(StreamsBuilderFactoryBean.class).getKafkaStreams();
            // The good records come after the poison on their partitions: once they are in the rebuilt stores,
            // the poison has been met again.
            await().atMost(WAIT).ignoreExceptions().untilAsserted(() -> assertStores(secondStreams));
            await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                    assertThat(poisons).allSatisfy(poison -> assertThat(recorder.raw(DEAD_LETTERS, poison.key()))
                            .as(poison.toString()).hasSize(1)));
        }
    }

    private void assertDeadLettered(Poison poison) {
        ConsumerRecord<String, byte[]> deadLetter = await(poison.toString()).atMost(WAIT)
                .until(() -> recorder.raw(DEAD_LETTERS, poison.key()), found -> !found.isEmpty()).getFirst();
        assertThat(deadLetter.value()).isEqualTo(poison.value());
        assertThat(TopicRecorder.header(deadLetter, DeadLetterHeaderNames.MESSAGE))
                .as(poison.toString()).contains(poison.reason());
        assertThat(TopicRecorder.header(deadLetter, DeadLetterHeaderNames.TOPIC)).isEqualTo(poison.topic());
        assertThat(TopicRecorder.partition(deadLetter)).isEqualTo(PARTITION);
        assertThat(TopicRecorder.offset(deadLetter)).isEqualTo(poison.offset());
    }

    private void assertStores(KafkaStreams streams) {
        assertThat(store(streams, RoutingTopology.COURSE_EVENTS_STORE).get(courseEventId))
                .isInstanceOf(CourseEventPublished.class);
        assertThat(store(streams, RoutingTopology.MUNICIPALITIES_STORE).get(municipalityId))
                .isInstanceOf(MunicipalityRegistered.class);
        assertThat(store(streams, RoutingTopology.COOPERATION_AREAS_STORE).get(areaId)).isNotNull();
        for (Poison poison : poisons) {
            assertThat(store(streams, storeOf(poison.topic())).get(poison.key())).as(poison.toString()).isNull();
        }
    }

    /** Not Avro, an unknown schema id, and a record registered for another topic, under one key each. */
    private void poison(String topic, String otherTopic, Object otherTopicsRecord, String reason) throws Exception {
        poison(topic, "not-avro", NOT_AVRO, "Not Confluent wire format");
        poison(topic, "unknown-schema", UNKNOWN_SCHEMA_ID, "Unknown schema id");
        poison(topic, "wrong-record", serialized(otherTopic, otherTopicsRecord), reason);
    }

    private void poison(String topic, String kind, byte[] value, String reason) throws Exception {
        String key = "poison-it-" + run + "-" + topic + "-" + kind;
        RecordMetadata sent = bytes.send(new ProducerRecord<>(topic, PARTITION, key, value)).get();
        poisons.add(new Poison(topic, key, value, sent.offset(), reason));
    }

    private static byte[] serialized(String topic, Object record) {
        AvroSerializer avro = new AvroSerializer();
        avro.configure(Map.of("schema.registry.url", infrastructure.schemaRegistryUrl(),
                "auto.register.schemas", false), false);
        return avro.serialize(topic, record);
    }

    private static void send(String topic, String key, Object value) throws Exception {
        events.send(new ProducerRecord<>(topic, PARTITION, key, value)).get();
    }

    private static ReadOnlyKeyValueStore<String, Object> store(KafkaStreams streams, String name) {
        return streams.store(StoreQueryParameters.fromNameAndType(name, QueryableStoreTypes.keyValueStore()));
    }

    private static String storeOf(String topic) {
        return switch (topic) {
            case Topics.CATALOG_COURSE_EVENTS -> RoutingTopology.COURSE_EVENTS_STORE;
            case Topics.REFERENCE_MUNICIPALITIES -> RoutingTopology.MUNICIPALITIES_STORE;
            default -> RoutingTopology.COOPERATION_AREAS_STORE;
        };
    }

    /** Another instance of the service with streams of its own: global stores rebuilt. */
    private static ConfigurableApplicationContext secondRoutingService() throws IOException {
        String id = UUID.randomUUID().toString();
        // As arguments: they must win over application.yml, as the properties of a deployment would.
        return new SpringApplicationBuilder(RoutingServiceApplication.class).run(
                "--server.port=0",
                "--spring.kafka.streams.application-id=routing-global-poison-it-second-" + id,
                "--spring.kafka.streams.state-dir=" + Files.createTempDirectory("routing-global-poison-it"),
                // Only its global stores matter here: its stream threads leave the inputs' history alone.
                "--spring.kafka.streams.properties.auto.offset.reset=latest");
    }

    private record Poison(String topic, String key, byte[] value, long offset, String reason) {

        @Override
        public String toString() {
            return "the dead letter of " + key + " from " + topic;
        }
    }
}
