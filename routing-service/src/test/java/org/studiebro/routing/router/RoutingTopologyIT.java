package org.studiebro.routing.router;

import static org.assertj.core.api.Assertions.assertThat;
import static org.studiebro.routing.rules.TestWorld.GOTEBORG_VUX;
import static org.studiebro.routing.rules.TestWorld.MOLNDAL;
import static org.studiebro.routing.rules.TestWorld.MOLNDAL_VUX;
import static org.studiebro.routing.rules.TestWorld.STOCKHOLM_VUX;
import static org.studiebro.routing.rules.TestWorld.UPPSALA;

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

import org.apache.avro.Schema;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.studiebro.events.ApplicationState;
import org.studiebro.events.ApplicationStatusChanged;
import org.studiebro.events.ApplicationSubmitted;
import org.studiebro.events.Authority;
import org.studiebro.events.ChoiceState;
import org.studiebro.events.CostDecisionRequested;
import org.studiebro.events.CostOutcome;
import org.studiebro.events.CostRequestEvent;
import org.studiebro.events.CostRequestReminded;
import org.studiebro.events.CostRequestWithdrawn;
import org.studiebro.events.MunicipalityRegistered;
import org.studiebro.events.SeatOutcome;
import org.studiebro.events.SeatRequestEvent;
import org.studiebro.events.SeatRequestWithdrawn;
import org.studiebro.events.SeatRequested;
import org.studiebro.plumbing.deadletter.DeadLetterHeaderNames;
import org.studiebro.plumbing.deadletter.DeadLetterPublisher;
import org.studiebro.plumbing.replay.ReplayHeaderNames;
import org.studiebro.plumbing.streams.DeadLetteringDeserializationHandler;
import org.studiebro.plumbing.streams.DeadLetteringProcessingHandler;
import org.studiebro.routing.edge.PartyEdgeTopology;
import org.studiebro.routing.rules.TestEvents;
import org.studiebro.routing.rules.TestWorld;
import org.studiebro.schemas.Topics;
import org.studiebro.serde.AvroDeserializer;
import org.studiebro.serde.AvroSerializer;
import org.studiebro.serde.TopicProvisioner;
import org.studiebro.testsupport.SharedInfrastructure;

/** The topology's wiring with TopologyTestDriver; the serdes talk to the shared test schema registry. */
class RoutingTopologyIT {

    private static final String DEAD_LETTERS = Topics.deadLetters("routing-service");
    private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");

    private static SharedInfrastructure infrastructure;

    private TopologyTestDriver driver;
    private DeadLetterPublisher globalDeadLetters;
    private Map<String, Object> serdeConfig;

    @BeforeAll
    static void provisionSubjects() {
        infrastructure = SharedInfrastructure.get();
        Map<String, Schema> topics = new LinkedHashMap<>();
        List.of(GOTEBORG_VUX, MOLNDAL_VUX, STOCKHOLM_VUX, TestWorld.SOLNA_VUX)
                .forEach(owner -> topics.putAll(Topics.seatOwnerTopics(owner)));
        TestWorld.MUNICIPALITIES.forEach(municipality -> topics.putAll(Topics.municipalityTopics(municipality)));
        try (TopicProvisioner provisioner = new TopicProvisioner(infrastructure.kafkaClientConfig().settings(),
                infrastructure.schemaRegistryUrl(), 3)) {
            provisioner.provisionCore();
            provisioner.provision(topics);
        }
    }

    @BeforeEach
    void startDriver() throws Exception {
        serdeConfig = Map.of("schema.registry.url", infrastructure.schemaRegistryUrl(),
                "auto.register.schemas", false, "specific.avro.reader", true);
        Properties properties = new Properties();
        properties.putAll(serdeConfig);
        properties.put(StreamsConfig.APPLICATION_ID_CONFIG, "routing-topology-test");
        properties.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "127.0.0.1:9");
        properties.put(StreamsConfig.STATE_DIR_CONFIG, Files.createTempDirectory("routing-ttd").toString());
        // at_least_once here: the driver's transactional mock producer drops what an open transaction holds when
        // it collects output, and the dead letters of a skipped record wait for the next commit. RoutingIT runs
        // exactly_once_v2 against the real broker.
        properties.put(StreamsConfig.DEFAULT_KEY_SERDE_CLASS_CONFIG,
                "org.apache.kafka.common.serialization.Serdes$StringSerde");
        properties.put(StreamsConfig.DEFAULT_VALUE_SERDE_CLASS_CONFIG, "org.studiebro.serde.AvroSerde");
        properties.put(StreamsConfig.DESERIALIZATION_EXCEPTION_HANDLER_CLASS_CONFIG,
                DeadLetteringDeserializationHandler.class.getName());
        properties.put(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_CLASS_CONFIG,
                DeadLetteringProcessingHandler.class.getName());
        properties.put(StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG, DEAD_LETTERS);
        StreamsBuilder builder = new StreamsBuilder();
        Map<String, Object> connection = infrastructure.kafkaClientConfig().with(Map.of(
                "schema.registry.url", infrastructure.schemaRegistryUrl()));
        globalDeadLetters = DeadLetterPublisher.once(DEAD_LETTERS, connection, connection, null);
        RoutingTopology.build(builder, serdeConfig, Clock.fixed(NOW, ZoneId.of("Europe/Stockholm")),
                new RoutingProperties(Duration.ofDays(7), Duration.ofMinutes(1), 1000), globalDeadLetters);
        // The party edge beside the router, as on the platform: the tests speak to the parties\' own topics.
        PartyEdgeTopology.addTo(builder);
        driver = new TopologyTestDriver(builder.build(), properties, NOW);
        TestWorld.COURSE_EVENTS.forEach(event -> input(Topics.CATALOG_COURSE_EVENTS)
                .pipeInput(event.getCourseEventId(), event));
        TestWorld.AREAS.forEach(area -> input(Topics.REFERENCE_COOPERATION_AREAS).pipeInput(area.getAreaId(), area));
        TestWorld.MUNICIPALITIES.forEach(id -> input(Topics.REFERENCE_MUNICIPALITIES).pipeInput(id,
                MunicipalityRegistered.newBuilder().setMetadata(TestEvents.metadata("import")).setMunicipalityId(id)
                        .setCode(id.substring(3)).setCountry("SE").setName(id).setCounty("län").build()));
    }

    @AfterEach
    void closeDriver() {
        driver.close();
        globalDeadLetters.close();
    }

    @Test
    void routesAnAutomaticCostToTheSeatOwnerAndRecordsTheAdmission() {
        submit(TestEvents.submitted("t-auto", MOLNDAL, "gbg-vard"));

        SeatRequestEvent request = (SeatRequestEvent) single(Topics.seatRequests(GOTEBORG_VUX));
        assertThat(request.getApplicationId()).isEqualTo("t-auto");
        assertThat(((SeatRequested) request.getChange()).getCostDecision().name()).isEqualTo("AUTOMATIC");
        assertThat(status().getStatus()).isEqualTo(ApplicationState.AWAITING_SEAT_OWNER);

        input(Topics.seatDecisions(GOTEBORG_VUX)).pipeInput("t-auto",
                TestEvents.seatDecided("t-auto", GOTEBORG_VUX, "gbg-vard", 1, SeatOutcome.ADMITTED));

        ApplicationStatusChanged admitted = status();
        assertThat(admitted.getStatus()).isEqualTo(ApplicationState.ADMITTED);
        assertThat(admitted.getVersion()).isEqualTo(2);
    }

    @Test
    void aResubmittedApplicationIsIgnored() {
        submit(TestEvents.submitted("t-twice", TestWorld.GOTEBORG, "gbg-vard"));
        output(Topics.APPLICATIONS_STATUS).readValuesToList();
        output(Topics.seatRequests(GOTEBORG_VUX)).readValuesToList();

        submit(TestEvents.submitted("t-twice", TestWorld.GOTEBORG, "gbg-vard"));

        assertThat(output(Topics.APPLICATIONS_STATUS).isEmpty()).isTrue();
        assertThat(output(Topics.seatRequests(GOTEBORG_VUX)).isEmpty()).isTrue();
    }

    @Test
    void anUnknownCourseIsAChoiceOutcome() {
        submit(TestEvents.submitted("t-unknown", MOLNDAL, "no-such-course"));

        ApplicationStatusChanged status = status();
        assertThat(status.getChoices().getFirst().getState()).isEqualTo(ChoiceState.UNKNOWN_COURSE);
        assertThat(status.getStatus()).isEqualTo(ApplicationState.NOT_ADMITTED);
    }

    @Test
    void theHomeMunicipalityDecidesOutsideAnAgreementAndItsApprovalRequestsTheSeat() {
        submit(TestEvents.submitted("t-cost", UPPSALA, "sthlm-it"));

        CostRequestEvent request = (CostRequestEvent) single(Topics.costRequests(UPPSALA));
        assertThat(request.getChange()).isInstanceOf(CostDecisionRequested.class);
        assertThat(status().getStatus()).isEqualTo(ApplicationState.AWAITING_COST_DECISION);

        input(Topics.costDecisions(UPPSALA)).pipeInput("t-cost",
                TestEvents.costDecided("t-cost", UPPSALA, "sthlm-it", 1, CostOutcome.APPROVED));

        SeatRequestEvent seatRequest = (SeatRequestEvent) single(Topics.seatRequests(STOCKHOLM_VUX));
        assertThat(((SeatRequested) seatRequest.getChange()).getCostDecision().name()).isEqualTo("APPROVED");
        assertThat(status().getStatus()).isEqualTo(ApplicationState.AWAITING_SEAT_OWNER);
    }

    @Test
    void aRefusalCarriesTheAppeal() {
        submit(TestEvents.submitted("t-refused", UPPSALA, "sthlm-it"));
        status();

        input(Topics.costDecisions(UPPSALA)).pipeInput("t-refused",
                TestEvents.costDecided("t-refused", UPPSALA, "sthlm-it", 1, CostOutcome.REFUSED));

        ApplicationStatusChanged refused = status();
        assertThat(refused.getChoices().getFirst().getState()).isEqualTo(ChoiceState.COST_REFUSED);
        assertThat(refused.getChoices().getFirst().getReason()).as("Swedish appeal, after the municipality's reason")
                .contains("Skolväsendets överklagandenämnd").endsWith("fick del av beslutet.");
    }

    @Test
    void anAdmissionWithdrawsLowerChoicesFromTheirSeatOwnerAndHomeMunicipality() {
        submit(TestEvents.submitted("t-ranked", MOLNDAL, "gbg-vard", "molndal-lager", "gbg-matte"));
        single(Topics.costRequests(MOLNDAL));
        single(Topics.seatRequests(MOLNDAL_VUX));
        output(Topics.seatRequests(GOTEBORG_VUX)).readValuesToList();
        status();

        input(Topics.seatDecisions(GOTEBORG_VUX)).pipeInput("t-ranked",
                TestEvents.seatDecided("t-ranked", GOTEBORG_VUX, "gbg-vard", 1, SeatOutcome.ADMITTED));

        SeatRequestEvent withdrawn = (SeatRequestEvent) single(Topics.seatRequests(MOLNDAL_VUX));
        assertThat(withdrawn.getChange()).isInstanceOf(SeatRequestWithdrawn.class);
        CostRequestEvent costWithdrawn = (CostRequestEvent) single(Topics.costRequests(MOLNDAL));
        assertThat(costWithdrawn.getChange()).isInstanceOf(CostRequestWithdrawn.class);
        assertThat(status().getChoices()).extracting(choice -> choice.getState()).containsExactly(
                ChoiceState.ADMITTED, ChoiceState.WITHDRAWN, ChoiceState.WITHDRAWN);

        input(Topics.seatDecisions(MOLNDAL_VUX)).pipeInput("t-ranked",
                TestEvents.seatDecided("t-ranked", MOLNDAL_VUX, "molndal-lager", 2, SeatOutcome.ADMITTED));
        assertThat(output(Topics.APPLICATIONS_STATUS).isEmpty()).isTrue();
        assertThat(output(DEAD_LETTERS).isEmpty()).isTrue();
    }

    @Test
    void theLearnersWithdrawalComesOnItsOwnTopicAndWithdrawsWhatIsOpen() {
        submit(TestEvents.submitted("t-withdrawn", UPPSALA, "sthlm-it"));
        single(Topics.costRequests(UPPSALA));
        status();

        input(Topics.APPLICATIONS_WITHDRAWALS).pipeInput("t-withdrawn", TestEvents.withdrawal("t-withdrawn"));

        CostRequestEvent withdrawn = (CostRequestEvent) single(Topics.costRequests(UPPSALA));
        assertThat(((CostRequestWithdrawn) withdrawn.getChange()).getReasonCode()).isEqualTo("WITHDRAWN_BY_LEARNER");
        ApplicationStatusChanged status = status();
        assertThat(status.getStatus()).isEqualTo(ApplicationState.WITHDRAWN);
        assertThat(status.getChange().getAuthority()).isEqualTo(Authority.LEARNER);
    }

    @Test
    void anUnansweredCostRequestIsRemindedOnceTheWallClockPassesItsReminderTime() {
        submit(TestEvents.submitted("t-reminded", UPPSALA, "sthlm-it"));
        single(Topics.costRequests(UPPSALA));
        status();

        driver.advanceWallClockTime(Duration.ofDays(7).minusMinutes(1));
        assertThat(output(Topics.costRequests(UPPSALA)).isEmpty()).isTrue();
        driver.advanceWallClockTime(Duration.ofMinutes(1));

        CostRequestEvent reminder = (CostRequestEvent) single(Topics.costRequests(UPPSALA));
        CostRequestReminded reminded = (CostRequestReminded) reminder.getChange();
        assertThat(reminded.getRequestedAt()).isEqualTo(NOW);
        assertThat(reminded.getReminder()).isEqualTo(1);
        ApplicationStatusChanged status = status();
        assertThat(status.getVersion()).isEqualTo(2);
        assertThat(status.getStatus()).isEqualTo(ApplicationState.AWAITING_COST_DECISION);
        assertThat(status.getChange().getReasonCode()).isEqualTo("COST_DECISION_REMINDED");

        driver.advanceWallClockTime(Duration.ofDays(7));
        assertThat(((CostRequestReminded) ((CostRequestEvent) single(Topics.costRequests(UPPSALA))).getChange())
                .getReminder()).isEqualTo(2);
    }

    @Test
    void aDecisionForNoSuchApplicationIsADeadLetterWithItsOriginalBytes() {
        byte[] original = serializer().serialize(Topics.seatDecisions(GOTEBORG_VUX),
                TestEvents.seatDecided("t-nobody", GOTEBORG_VUX, "gbg-vard", 1, SeatOutcome.ADMITTED));

        rawInput(Topics.seatDecisions(GOTEBORG_VUX)).pipeInput("t-nobody", original);

        TestRecord<byte[], byte[]> deadLetter = deadLetter();
        assertThat(deadLetter.value()).isEqualTo(original);
        assertThat(new String(deadLetter.key(), StandardCharsets.UTF_8)).isEqualTo("t-nobody");
        assertThat(header(deadLetter, DeadLetterHeaderNames.MESSAGE)).isEqualTo("no such application");
        assertThat(header(deadLetter, DeadLetterHeaderNames.TOPIC)).isEqualTo(Topics.ROUTING_SEAT_DECISIONS);
        assertThat(output(Topics.APPLICATIONS_STATUS).isEmpty()).isTrue();
    }

    @Test
    void poisonRecordsAreDeadLettersAndRoutingGoesOn() {
        byte[] poison = "not avro at all".getBytes(StandardCharsets.UTF_8);
        rawInput(Topics.APPLICATIONS_SUBMITTED).pipeInput("t-poison", poison);
        rawInput(Topics.seatDecisions(GOTEBORG_VUX)).pipeInput("t-poison", new byte[] {0, 0, 0, 0x7f, 0x7f, 1});
        submit(TestEvents.submitted("t-after-poison", TestWorld.GOTEBORG, "gbg-vard"));

        assertThat(status().getApplicationId()).isEqualTo("t-after-poison");
        TestRecord<byte[], byte[]> first = deadLetter();
        assertThat(first.value()).isEqualTo(poison);
        assertThat(header(first, DeadLetterHeaderNames.TOPIC)).isEqualTo(Topics.APPLICATIONS_SUBMITTED);
        assertThat(first.headers().lastHeader(DeadLetterHeaderNames.PARTITION).value()).hasSize(Integer.BYTES);
        assertThat(first.headers().lastHeader(DeadLetterHeaderNames.OFFSET).value()).hasSize(Long.BYTES);
        assertThat(header(deadLetter(), DeadLetterHeaderNames.TOPIC))
                .isEqualTo("seat-decisions.goteborg-vux");
    }

    @Test
    void aReplayedDecisionIsRoutedAsIfFromItsOriginalTopicAndOnlyOnce() {
        submit(TestEvents.submitted("t-replayed", MOLNDAL, "gbg-vard"));
        single(Topics.seatRequests(GOTEBORG_VUX));
        status();
        byte[] decision = serializer().serialize(Topics.seatDecisions(GOTEBORG_VUX),
                TestEvents.seatDecided("t-replayed", GOTEBORG_VUX, "gbg-vard", 1, SeatOutcome.ADMITTED));

        rawInput(RoutingTopology.REPLAYS).pipeInput(replay("t-replayed", decision, Topics.seatDecisions(GOTEBORG_VUX)));

        ApplicationStatusChanged admitted = status();
        assertThat(admitted.getStatus()).isEqualTo(ApplicationState.ADMITTED);
        assertThat(admitted.getChange().getDecidedBy()).startsWith(GOTEBORG_VUX + "/");

        rawInput(RoutingTopology.REPLAYS).pipeInput(replay("t-replayed", decision, Topics.seatDecisions(GOTEBORG_VUX)));

        assertThat(output(Topics.APPLICATIONS_STATUS).isEmpty()).isTrue();
        assertThat(output(DEAD_LETTERS).isEmpty()).isTrue();
    }

    @Test
    void aReplayThatStillCannotBeProcessedIsADeadLetterAgainThatKeepsItsOrigin() {
        byte[] decision = serializer().serialize(Topics.seatDecisions(GOTEBORG_VUX),
                TestEvents.seatDecided("t-still-nobody", GOTEBORG_VUX, "gbg-vard", 1, SeatOutcome.ADMITTED));

        rawInput(RoutingTopology.REPLAYS).pipeInput(replay("t-still-nobody", decision,
                Topics.seatDecisions(GOTEBORG_VUX)));

        TestRecord<byte[], byte[]> deadLetter = deadLetter();
        assertThat(deadLetter.value()).isEqualTo(decision);
        assertThat(header(deadLetter, DeadLetterHeaderNames.MESSAGE)).isEqualTo("no such application");
        assertThat(header(deadLetter, DeadLetterHeaderNames.TOPIC)).isEqualTo(RoutingTopology.REPLAYS);
        assertThat(header(deadLetter, ReplayHeaderNames.ORIGINAL_TOPIC)).isEqualTo(Topics.seatDecisions(GOTEBORG_VUX));
        assertThat(header(deadLetter, "studiebro-replay-of")).isEqualTo(DEAD_LETTERS + "/0@7");
    }

    @Test
    void theOriginalTopicHeaderIsBelievedOnTheReplayTopicOnly() {
        submit(TestEvents.submitted("t-forged", MOLNDAL, "gbg-vard"));
        status();
        TestRecord<String, Object> forged = new TestRecord<>("t-forged",
                TestEvents.seatDecided("t-forged", GOTEBORG_VUX, "gbg-vard", 1, SeatOutcome.ADMITTED));
        forged.headers().add(ReplayHeaderNames.ORIGINAL_TOPIC,
                Topics.seatDecisions(GOTEBORG_VUX).getBytes(StandardCharsets.UTF_8));

        input(Topics.seatDecisions(MOLNDAL_VUX)).pipeInput(forged);

        assertThat(header(deadLetter(), DeadLetterHeaderNames.MESSAGE)).isEqualTo("a decision on "
                + Topics.seatDecisions(MOLNDAL_VUX) + " in the name of goteborg-vux: a party decides only on its own"
                + " topic");
        assertThat(output(Topics.APPLICATIONS_STATUS).isEmpty()).isTrue();
    }

    @Test
    void aReplayedDecisionWithoutItsOriginalTopicIsADeadLetterAgain() {
        submit(TestEvents.submitted("t-no-origin", MOLNDAL, "gbg-vard"));
        status();
        byte[] decision = serializer().serialize(Topics.seatDecisions(GOTEBORG_VUX),
                TestEvents.seatDecided("t-no-origin", GOTEBORG_VUX, "gbg-vard", 1, SeatOutcome.ADMITTED));

        rawInput(RoutingTopology.REPLAYS).pipeInput("t-no-origin", decision);

        assertThat(header(deadLetter(), DeadLetterHeaderNames.MESSAGE))
                .isEqualTo("a replayed decision without its studiebro-original-topic header");
        assertThat(output(Topics.APPLICATIONS_STATUS).isEmpty()).isTrue();
    }

    /** A replay as the operators' replay command writes it, of dead letter 0@7 whose record came on the topic. */
    private static TestRecord<String, byte[]> replay(String key, byte[] value, String originalTopic) {
        TestRecord<String, byte[]> replay = new TestRecord<>(key, value);
        replay.headers().add("studiebro-replay-of", (DEAD_LETTERS + "/0@7").getBytes(StandardCharsets.UTF_8));
        replay.headers().add(ReplayHeaderNames.ORIGINAL_TOPIC, originalTopic.getBytes(StandardCharsets.UTF_8));
        replay.headers().add("studiebro-original-partition", "0".getBytes(StandardCharsets.UTF_8));
        replay.headers().add("studiebro-original-offset", "3".getBytes(StandardCharsets.UTF_8));
        return replay;
    }

    private void submit(ApplicationSubmitted application) {
        input(Topics.APPLICATIONS_SUBMITTED).pipeInput(application.getApplicationId(), application,
                TestEvents.SUBMITTED_AT);
    }

    private ApplicationStatusChanged status() {
        return (ApplicationStatusChanged) single(Topics.APPLICATIONS_STATUS);
    }

    private Object single(String topic) {
        List<Object> values = output(topic).readValuesToList();
        assertThat(values).as("records on " + topic).hasSize(1);
        return values.getFirst();
    }

    private TestRecord<byte[], byte[]> deadLetter() {
        return driver.createOutputTopic(DEAD_LETTERS, new ByteArrayDeserializer(), new ByteArrayDeserializer())
                .readRecord();
    }

    private static String header(TestRecord<byte[], byte[]> record, String name) {
        return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }

    private TestInputTopic<String, Object> input(String topic) {
        return driver.createInputTopic(topic, new StringSerializer(), serializer());
    }

    private TestInputTopic<String, byte[]> rawInput(String topic) {
        return driver.createInputTopic(topic, new StringSerializer(), new ByteArraySerializer());
    }

    private TestOutputTopic<String, Object> output(String topic) {
        AvroDeserializer deserializer = new AvroDeserializer();
        deserializer.configure(serdeConfig, false);
        return driver.createOutputTopic(topic, new StringDeserializer(), deserializer);
    }

    private AvroSerializer serializer() {
        AvroSerializer serializer = new AvroSerializer();
        serializer.configure(serdeConfig, false);
        return serializer;
    }
}
