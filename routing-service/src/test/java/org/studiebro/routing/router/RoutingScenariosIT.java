package org.studiebro.routing.router;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;

import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.studiebro.events.ApplicationStatusChanged;
import org.studiebro.plumbing.deadletter.DeadLetterHeaderNames;
import org.studiebro.plumbing.deadletter.DeadLetterPublisher;
import org.studiebro.plumbing.streams.DeadLetteringDeserializationHandler;
import org.studiebro.plumbing.streams.DeadLetteringProcessingHandler;
import org.studiebro.routing.edge.PartyEdgeTopology;
import org.studiebro.routing.rules.TestEvents;
import org.studiebro.schemas.Topics;
import org.studiebro.serde.AvroDeserializer;
import org.studiebro.serde.AvroSerializer;
import org.studiebro.serde.TopicProvisioner;
import org.studiebro.testsupport.SharedInfrastructure;

/**
 * The routing scenario table (routing-scenarios.yaml) against the real topology: RoutingTopology with its serdes,
 * talking to the shared test schema registry, in a TopologyTestDriver whose wall clock the scenarios move on. Each
 * scenario gets a driver of its own, with the table's world and only the scenario's areas in force.
 */
class RoutingScenariosIT {

    private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");
    private static final String DEAD_LETTERS = Topics.deadLetters("routing-service");
    private static final String APPLICATION = "scenario-application";

    private static Map<String, Object> serdeConfig;
    private static DeadLetterPublisher globalDeadLetters;

    static Stream<RoutingScenario> scenarios() {
        return ScenarioTable.get().scenarios().stream();
    }

    @BeforeAll
    static void provisionSubjects() {
        SharedInfrastructure infrastructure = SharedInfrastructure.get();
        Map<String, Object> connection = infrastructure.kafkaClientConfig().with(Map.of(
                "schema.registry.url", infrastructure.schemaRegistryUrl()));
        globalDeadLetters = DeadLetterPublisher.once(DEAD_LETTERS, connection, connection, null);
        serdeConfig = Map.of("schema.registry.url", infrastructure.schemaRegistryUrl(),
                "auto.register.schemas", false, "specific.avro.reader", true);
        try (TopicProvisioner provisioner = new TopicProvisioner(infrastructure.kafkaClientConfig().settings(),
                infrastructure.schemaRegistryUrl(), 3)) {
            provisioner.provisionCore();
            provisioner.provision(ScenarioTable.get().world().partyTopics());
        }
    }

    @AfterAll
    static void closeDeadLetterPublisher() {
        globalDeadLetters.close();
    }

    @Test
    void theTableHoldsAtLeastFortyScenariosWithDistinctNames() {
        List<String> names = scenarios().map(RoutingScenario::name).toList();

        assertThat(names).hasSizeGreaterThanOrEqualTo(40).doesNotHaveDuplicates();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void routesAsTheTableSays(RoutingScenario scenario) throws Exception {
        ScenarioTable.World world = ScenarioTable.get().world();
        try (TopologyTestDriver driver = driver()) {
            world.municipalityRecords().forEach(m -> pipe(driver, Topics.REFERENCE_MUNICIPALITIES,
                    m.getMunicipalityId(), m));
            world.courseEventRecords().forEach(e -> pipe(driver, Topics.CATALOG_COURSE_EVENTS,
                    e.getCourseEventId(), e));
            world.areaRecords(scenario.areas()).forEach(a -> pipe(driver, Topics.REFERENCE_COOPERATION_AREAS,
                    a.getAreaId(), a));

            for (ScenarioRun.Input input : ScenarioRun.inputs(scenario, world, APPLICATION)) {
                switch (input) {
                    case ScenarioRun.Send send -> pipe(driver, send.topic(), send.key(), send.value());
                    case ScenarioRun.Wait wait -> driver.advanceWallClockTime(wait.duration());
                }
            }

            ScenarioRun.verify(scenario, records(driver), statuses(driver));
        }
    }

    private static TopologyTestDriver driver() throws Exception {
        Properties properties = new Properties();
        properties.putAll(serdeConfig);
        properties.put(StreamsConfig.APPLICATION_ID_CONFIG, "routing-scenarios");
        properties.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "127.0.0.1:9");
        properties.put(StreamsConfig.STATE_DIR_CONFIG, Files.createTempDirectory("routing-scenarios").toString());
        // at_least_once, as in RoutingTopologyIT: the driver's transactional mock producer would hold back the
        // dead letters until the next commit. RoutingIT replays scenarios with exactly_once_v2.
        properties.put(StreamsConfig.DEFAULT_KEY_SERDE_CLASS_CONFIG,
                "org.apache.kafka.common.serialization.Serdes$StringSerde");
        properties.put(StreamsConfig.DEFAULT_VALUE_SERDE_CLASS_CONFIG, "org.studiebro.serde.AvroSerde");
        properties.put(StreamsConfig.DESERIALIZATION_EXCEPTION_HANDLER_CLASS_CONFIG,
                DeadLetteringDeserializationHandler.class.getName());
        properties.put(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_CLASS_CONFIG,
                DeadLetteringProcessingHandler.class.getName());
        properties.put(StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG, DEAD_LETTERS);
        StreamsBuilder builder = new StreamsBuilder();
        RoutingTopology.build(builder, serdeConfig, Clock.fixed(NOW, ZoneId.of("Europe/Stockholm")),
                new RoutingProperties(Duration.ofDays(7), Duration.ofMinutes(1), 1000), globalDeadLetters);
        // The party edge beside the router, as on the platform: the tests speak to the parties\' own topics.
        PartyEdgeTopology.addTo(builder);
        // The wall clock starts where the routing clock stands, so that "wait P7D" is seven days after routing.
        return new TopologyTestDriver(builder.build(), properties, NOW);
    }

    private static void pipe(TopologyTestDriver driver, String topic, String key, SpecificRecord value) {
        AvroSerializer serializer = new AvroSerializer();
        serializer.configure(serdeConfig, false);
        TestInputTopic<String, Object> input = driver.createInputTopic(topic, new StringSerializer(), serializer);
        input.pipeInput(key, value, TestEvents.SUBMITTED_AT);
    }

    /** Per topic the driver wrote to, besides the status topic and changelogs, what it wrote for the application. */
    private static Map<String, List<String>> records(TopologyTestDriver driver) {
        Map<String, List<String>> records = new LinkedHashMap<>();
        for (String topic : driver.producedTopicNames()) {
            if (topic.startsWith(Topics.SEAT_REQUESTS_PREFIX) || topic.startsWith(Topics.COST_REQUESTS_PREFIX)) {
                records.put(topic, driver.createOutputTopic(topic, new StringDeserializer(), deserializer())
                        .readValuesToList().stream().map(value -> ScenarioRun.describe((SpecificRecord) value))
                        .toList());
            } else if (topic.equals(DEAD_LETTERS)) {
                records.put(topic, driver.createOutputTopic(topic, new ByteArrayDeserializer(),
                        new ByteArrayDeserializer()).readRecordsToList().stream()
                        .map(RoutingScenariosIT::deadLetterReason).map(ScenarioRun::deadLetter).toList());
            }
        }
        return records;
    }

    private static List<ApplicationStatusChanged> statuses(TopologyTestDriver driver) {
        return driver.createOutputTopic(Topics.APPLICATIONS_STATUS, new StringDeserializer(), deserializer())
                .readValuesToList().stream().map(ApplicationStatusChanged.class::cast).toList();
    }

    private static String deadLetterReason(TestRecord<byte[], byte[]> deadLetter) {
        return new String(deadLetter.headers().lastHeader(DeadLetterHeaderNames.MESSAGE).value(),
                StandardCharsets.UTF_8);
    }

    private static AvroDeserializer deserializer() {
        AvroDeserializer deserializer = new AvroDeserializer();
        deserializer.configure(serdeConfig, false);
        return deserializer;
    }
}
