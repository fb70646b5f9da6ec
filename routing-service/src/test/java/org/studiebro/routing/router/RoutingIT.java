package org.studiebro.routing.router;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.studiebro.routing.rules.TestWorld.GOTEBORG_VUX;
import static org.studiebro.routing.rules.TestWorld.MOLNDAL;
import static org.studiebro.routing.rules.TestWorld.MOLNDAL_VUX;
import static org.studiebro.routing.rules.TestWorld.STOCKHOLM_VUX;
import static org.studiebro.routing.rules.TestWorld.UPPSALA;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KafkaStreams;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.config.StreamsBuilderFactoryBean;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.client.RestClient;
import org.studiebro.events.ApplicationState;
import org.studiebro.events.ApplicationStatusChanged;
import org.studiebro.events.ChoiceState;
import org.studiebro.events.ChoiceStatus;
import org.studiebro.events.CostDecisionRequested;
import org.studiebro.events.CostDecisionState;
import org.studiebro.events.CostOutcome;
import org.studiebro.events.CostRequestEvent;
import org.studiebro.events.CostRequestWithdrawn;
import org.studiebro.events.SeatOutcome;
import org.studiebro.events.SeatRequestEvent;
import org.studiebro.events.SeatRequestWithdrawn;
import org.studiebro.events.SeatRequested;
import org.studiebro.plumbing.deadletter.DeadLetterHeaderNames;
import org.studiebro.routing.rules.TestEvents;
import org.studiebro.schemas.Topics;
import org.studiebro.serde.AvroSerializer;
import org.studiebro.serde.TopicProvisioner;
import org.studiebro.testsupport.SharedInfrastructure;
import org.studiebro.testsupport.WithSharedInfrastructure;

/**
 * The routing-service against the shared broker and registry, with a small catalog on its topics, and a
 * handful of the scenario table's scenarios replayed. The context is closed after the class, so that no other
 * IT class's routing-service routes the same records at the same time.
 */
@ExtendWith(WithSharedInfrastructure.class)
@DirtiesContext
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.kafka.streams.application-id=routing-it-${random.uuid}"})
class RoutingIT {

    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final String DEAD_LETTERS = Topics.deadLetters("routing-service");
    private static final Path STATE_DIR = temporaryDirectory("routing-it-state");

    private static TopicRecorder recorder;
    private static KafkaProducer<String, Object> events;
    private static KafkaProducer<String, byte[]> bytes;

    @Autowired
    private StreamsBuilderFactoryBean streams;

    @LocalServerPort
    private int port;

    @DynamicPropertySource
    static void stateDirectory(DynamicPropertyRegistry registry) {
        registry.add("spring.kafka.streams.state-dir", STATE_DIR::toString);
    }

    @BeforeAll
    static void startClients() {
        SharedInfrastructure infrastructure = SharedInfrastructure.get();
        TestReferenceData.publish(infrastructure);
        // The parties of the scenario table get their topics before routing starts and subscribes to them.
        try (TopicProvisioner provisioner = new TopicProvisioner(infrastructure.kafkaClientConfig().settings(),
                infrastructure.schemaRegistryUrl(), 3)) {
            provisioner.provisionCore();
            provisioner.provision(ScenarioTable.get().world().partyTopics());
        }
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
    void aMolndalLearnerIsAdmittedToAGoteborgVocationalCourseUnderTheAgreement() {
        String id = newId();
        send(Topics.APPLICATIONS_SUBMITTED, id, TestEvents.submitted(id, MOLNDAL, "gbg-vard"));

        SeatRequested requested = (SeatRequested) awaitOne(Topics.seatRequests(GOTEBORG_VUX), id,
                SeatRequestEvent.class).getChange();
        assertThat(requested.getCostDecision()).isEqualTo(CostDecisionState.AUTOMATIC);
        assertThat(awaitStatus(id, 1).getStatus()).isEqualTo(ApplicationState.AWAITING_SEAT_OWNER);

        send(Topics.seatDecisions(GOTEBORG_VUX), id,
                TestEvents.seatDecided(id, GOTEBORG_VUX, "gbg-vard", 1, SeatOutcome.ADMITTED));

        ApplicationStatusChanged admitted = awaitStatus(id, 2);
        assertThat(admitted.getStatus()).isEqualTo(ApplicationState.ADMITTED);
        assertThat(admitted.getChange().getDecidedBy()).isEqualTo("goteborg-vux/antagning");
    }

    @Test
    void anUnknownCourseIsNamedInTheStatus() {
        String id = newId();
        send(Topics.APPLICATIONS_SUBMITTED, id, TestEvents.submitted(id, MOLNDAL, "no-such-course"));

        ChoiceStatus choice = awaitStatus(id, 1).getChoices().getFirst();
        assertThat(choice.getState()).isEqualTo(ChoiceState.UNKNOWN_COURSE);
        assertThat(choice.getReason()).isEqualTo("course event no-such-course is not in the catalog");
    }

    @Test
    void anUppsalaLearnerToAStockholmCourseNeedsUppsalasCostDecision() {
        String id = newId();
        send(Topics.APPLICATIONS_SUBMITTED, id, TestEvents.submitted(id, UPPSALA, "sthlm-it"));

        CostRequestEvent request = awaitOne(Topics.costRequests(UPPSALA), id, CostRequestEvent.class);
        assertThat(request.getChange()).isInstanceOf(CostDecisionRequested.class);
        assertThat(awaitStatus(id, 1).getStatus()).isEqualTo(ApplicationState.AWAITING_COST_DECISION);

        send(Topics.costDecisions(UPPSALA), id, TestEvents.costDecided(id, UPPSALA, "sthlm-it", 1,
                CostOutcome.APPROVED));

        SeatRequestEvent seatRequest = awaitOne(Topics.seatRequests(STOCKHOLM_VUX), id, SeatRequestEvent.class);
        assertThat(((SeatRequested) seatRequest.getChange()).getCostDecision()).isEqualTo(CostDecisionState.APPROVED);
        assertThat(awaitStatus(id, 2).getStatus()).isEqualTo(ApplicationState.AWAITING_SEAT_OWNER);
    }

    @Test
    void anAdmissionWithdrawsTheLowerRankedChoices() {
        String id = newId();
        send(Topics.APPLICATIONS_SUBMITTED, id, TestEvents.submitted(id, MOLNDAL, "gbg-vard", "molndal-lager",
                "gbg-matte"));
        awaitStatus(id, 1);

        send(Topics.seatDecisions(GOTEBORG_VUX), id,
                TestEvents.seatDecided(id, GOTEBORG_VUX, "gbg-vard", 1, SeatOutcome.ADMITTED));

        ApplicationStatusChanged admitted = awaitStatus(id, 2);
        assertThat(admitted.getChoices()).extracting(ChoiceStatus::getState).containsExactly(
                ChoiceState.ADMITTED, ChoiceState.WITHDRAWN, ChoiceState.WITHDRAWN);
        List<SeatRequestEvent> molndal = awaitCount(Topics.seatRequests(MOLNDAL_VUX), id, SeatRequestEvent.class, 2);
        assertThat(molndal).extracting(request -> request.getChange().getClass().getSimpleName())
                .containsExactly("SeatRequested", "SeatRequestWithdrawn");
        List<CostRequestEvent> costs = awaitCount(Topics.costRequests(MOLNDAL), id, CostRequestEvent.class, 2);
        assertThat(costs).extracting(request -> request.getChange().getClass().getSimpleName())
                .containsExactly("CostDecisionRequested", "CostRequestWithdrawn");
    }

    @Test
    void aResubmittedApplicationChangesNothing() {
        String id = newId();
        send(Topics.APPLICATIONS_SUBMITTED, id, TestEvents.submitted(id, MOLNDAL, "gbg-vard"));
        awaitStatus(id, 1);

        send(Topics.APPLICATIONS_SUBMITTED, id, TestEvents.submitted(id, MOLNDAL, "gbg-vard"));
        // Same key, same partition: once this decision is routed, the resubmission before it was handled.
        send(Topics.seatDecisions(GOTEBORG_VUX), id,
                TestEvents.seatDecided(id, GOTEBORG_VUX, "gbg-vard", 1, SeatOutcome.RESERVE));
        awaitStatus(id, 2);

        assertThat(recorder.values(Topics.APPLICATIONS_STATUS, id)).hasSize(2);
        assertThat(recorder.values(Topics.seatRequests(GOTEBORG_VUX), id)).hasSize(1);
    }

    @Test
    void poisonRecordsAreDeadLettersAndRoutingGoesOn() {
        String poisonKey = newId();
        byte[] poison = "{\"not\": \"avro\"}".getBytes(StandardCharsets.UTF_8);
        sendBytes(Topics.APPLICATIONS_SUBMITTED, poisonKey, poison);
        sendBytes(Topics.seatDecisions(GOTEBORG_VUX), poisonKey, new byte[] {0, 0x7f, 0x7f, 0x7f, 0x7f, 2});

        await().atMost(WAIT).untilAsserted(() -> assertThat(recorder.raw(DEAD_LETTERS, poisonKey)).hasSize(2));
        List<ConsumerRecord<String, byte[]>> deadLetters = recorder.raw(DEAD_LETTERS, poisonKey);
        assertThat(deadLetters).extracting(r -> TopicRecorder.header(r, DeadLetterHeaderNames.TOPIC))
                .containsExactlyInAnyOrder(Topics.APPLICATIONS_SUBMITTED, Topics.seatDecisions(GOTEBORG_VUX));
        // The two topics are processed side by side: their dead letters may come in either order.
        ConsumerRecord<String, byte[]> submitted = deadLetters.stream()
                .filter(r -> Topics.APPLICATIONS_SUBMITTED.equals(TopicRecorder.header(r, DeadLetterHeaderNames.TOPIC)))
                .findFirst().orElseThrow();
        assertThat(submitted.value()).isEqualTo(poison);
        assertThat(TopicRecorder.offset(submitted)).isNotNegative();

        String id = newId();
        send(Topics.APPLICATIONS_SUBMITTED, id, TestEvents.submitted(id, MOLNDAL, "gbg-vard"));
        assertThat(awaitStatus(id, 1).getStatus()).isEqualTo(ApplicationState.AWAITING_SEAT_OWNER);
    }

    @Test
    void aDecisionForNoSuchApplicationIsADeadLetter() {
        String id = newId();
        send(Topics.seatDecisions(GOTEBORG_VUX), id,
                TestEvents.seatDecided(id, GOTEBORG_VUX, "gbg-vard", 1, SeatOutcome.ADMITTED));

        await().atMost(WAIT).untilAsserted(() -> assertThat(recorder.raw(DEAD_LETTERS, id)).hasSize(1));
        assertThat(TopicRecorder.header(recorder.raw(DEAD_LETTERS, id).getFirst(),
                DeadLetterHeaderNames.MESSAGE)).isEqualTo("no such application");
        assertThat(recorder.values(Topics.APPLICATIONS_STATUS, id)).isEmpty();
    }

    @Test
    void aWithdrawalOfNoSuchApplicationIsADeadLetter() {
        String id = newId();
        send(Topics.APPLICATIONS_WITHDRAWALS, id, TestEvents.withdrawal(id));

        await().atMost(WAIT).untilAsserted(() -> assertThat(recorder.raw(DEAD_LETTERS, id)).hasSize(1));
        ConsumerRecord<String, byte[]> deadLetter = recorder.raw(DEAD_LETTERS, id).getFirst();
        assertThat(TopicRecorder.header(deadLetter, DeadLetterHeaderNames.MESSAGE))
                .isEqualTo("no such application");
        assertThat(TopicRecorder.header(deadLetter, DeadLetterHeaderNames.TOPIC))
                .isEqualTo(Topics.APPLICATIONS_WITHDRAWALS);
    }

    static Stream<RoutingScenario> replayedScenarios() {
        return ScenarioTable.get().scenarios().stream().filter(RoutingScenario::replay);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("replayedScenarios")
    void replaysAScenarioOfTheTable(RoutingScenario scenario) {
        ScenarioTable.World world = ScenarioTable.get().world();
        ScenarioReplay replay = new ScenarioReplay(recorder, events, streams::getKafkaStreams);
        replay.publishWorld(world, scenario.areas());
        String id = newId();
        List<ScenarioRun.Input> steps = ScenarioRun.inputs(scenario, world, id);
        assertThat(steps).as("a replayed scenario sends a record in every step, and each changes the status")
                .hasSize(scenario.expect().statuses().size()).allMatch(ScenarioRun.Send.class::isInstance);

        for (int version = 1; version <= steps.size(); version++) {
            ScenarioRun.Send step = (ScenarioRun.Send) steps.get(version - 1);
            send(step.topic(), step.key(), step.value());
            // Steps go to different topics: each waits until the one before it is routed, to keep their order.
            awaitStatus(id, version);
        }

        // A step's requests commit with its status, but the recorder may read their partitions a moment later.
        await().atMost(WAIT).untilAsserted(() -> ScenarioRun.verify(scenario, replay.requests(id),
                recorder.values(Topics.APPLICATIONS_STATUS, id, ApplicationStatusChanged.class)));
    }

    @Test
    void theRoutingStateIsRestoredFromItsChangelog() throws IOException {
        String id = newId();
        send(Topics.APPLICATIONS_SUBMITTED, id, TestEvents.submitted(id, MOLNDAL, "gbg-vard"));
        awaitStatus(id, 1);

        // Leaving the group on close spares the restarted client the wait for the old member's session timeout.
        streams.setLeaveGroupOnClose(true);
        streams.stop();
        deleteRecursively(STATE_DIR);
        streams.start();
        await().atMost(WAIT).until(() -> streams.getKafkaStreams().state() == KafkaStreams.State.RUNNING);
        send(Topics.seatDecisions(GOTEBORG_VUX), id,
                TestEvents.seatDecided(id, GOTEBORG_VUX, "gbg-vard", 1, SeatOutcome.ADMITTED));

        assertThat(awaitStatus(id, 2).getStatus()).isEqualTo(ApplicationState.ADMITTED);
        assertThat(recorder.raw(DEAD_LETTERS, id)).isEmpty();
    }

    @Test
    void healthShowsRoutingUp() {
        Map<?, ?> health = RestClient.create("http://127.0.0.1:" + port).get().uri("/actuator/health").retrieve()
                .body(Map.class);

        assertThat(health.get("status")).isEqualTo("UP");
    }

    private ApplicationStatusChanged awaitStatus(String id, int version) {
        return await().atMost(WAIT).until(() -> recorder.values(Topics.APPLICATIONS_STATUS, id,
                        ApplicationStatusChanged.class).stream().filter(s -> s.getVersion() == version).findFirst(),
                Optional::isPresent).orElseThrow();
    }

    /**
     * The records of a party's topic once it has {@code count}: the party edge copies them there in a transaction of
     * its own, which may commit after the status that routing published with them.
     */
    private <T> List<T> awaitCount(String topic, String id, Class<T> type, int count) {
        await().atMost(WAIT).until(() -> recorder.values(topic, id, type).size() >= count);
        return recorder.values(topic, id, type);
    }

    private <T> T awaitOne(String topic, String id, Class<T> type) {
        await().atMost(WAIT).until(() -> !recorder.values(topic, id, type).isEmpty());
        return recorder.values(topic, id, type).getFirst();
    }

    private static void send(String topic, String key, Object value) {
        events.send(new ProducerRecord<>(topic, key, value));
        events.flush();
    }

    private static void sendBytes(String topic, String key, byte[] value) {
        bytes.send(new ProducerRecord<>(topic, key, value));
        bytes.flush();
    }

    private static String newId() {
        return "it-" + UUID.randomUUID();
    }

    private static Path temporaryDirectory(String prefix) {
        try {
            return Files.createTempDirectory(prefix);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteRecursively(Path directory) throws IOException {
        try (Stream<Path> files = Files.walk(directory)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                if (!file.equals(directory)) {
                    Files.delete(file);
                }
            }
        }
    }
}
