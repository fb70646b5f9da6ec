package org.studiebro.routing.router;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.studiebro.routing.rules.TestWorld.UPPSALA;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.studiebro.events.ApplicationState;
import org.studiebro.events.ApplicationStatusChanged;
import org.studiebro.events.CostDecisionRequested;
import org.studiebro.events.CostOutcome;
import org.studiebro.events.CostRequestEvent;
import org.studiebro.events.CostRequestReminded;
import org.studiebro.routing.rules.TestEvents;
import org.studiebro.schemas.Topics;
import org.studiebro.serde.AvroSerializer;
import org.studiebro.testsupport.SharedInfrastructure;
import org.studiebro.testsupport.WithSharedInfrastructure;

/**
 * Cost reminders from the wall-clock punctuation against the real broker, with exactly_once_v2 and a reminder
 * every two seconds. The recorder reads committed records only, so a reminder it sees was committed together
 * with the state that counts it. The context is closed after the class, so that it does not route RoutingIT's
 * records too.
 */
@ExtendWith(WithSharedInfrastructure.class)
@SpringBootTest(properties = {
        "spring.kafka.streams.application-id=routing-reminder-it-${random.uuid}",
        "studiebro.routing.cost-reminder-after=PT2S",
        "studiebro.routing.reminder-check-interval=PT0.5S"})
@DirtiesContext
class CostReminderIT {

    private static final Duration WAIT = Duration.ofSeconds(60);

    private static TopicRecorder recorder;
    private static KafkaProducer<String, Object> events;

    @DynamicPropertySource
    static void stateDirectory(DynamicPropertyRegistry registry) throws IOException {
        Path stateDir = Files.createTempDirectory("routing-reminder-it-state");
        registry.add("spring.kafka.streams.state-dir", stateDir::toString);
    }

    @BeforeAll
    static void startClients() {
        SharedInfrastructure infrastructure = SharedInfrastructure.get();
        TestReferenceData.publish(infrastructure);
        recorder = new TopicRecorder(infrastructure);
        Map<String, Object> config = infrastructure.kafkaClientConfig().with(Map.of(
                "schema.registry.url", infrastructure.schemaRegistryUrl(), "auto.register.schemas", false));
        AvroSerializer avro = new AvroSerializer();
        avro.configure(config, false);
        events = new KafkaProducer<>(config, new StringSerializer(), avro);
    }

    @AfterAll
    static void stopClients() throws InterruptedException {
        events.close();
        recorder.close();
    }

    @Test
    void anUnansweredCostRequestIsRemindedEveryIntervalUntilTheHomeMunicipalityDecides() {
        String id = "reminder-it-" + UUID.randomUUID();
        send(Topics.APPLICATIONS_SUBMITTED, id, TestEvents.submitted(id, UPPSALA, "sthlm-it"));

        await().atMost(WAIT).until(() -> reminders(id).size() >= 2);
        CostRequestEvent request = costRequests(id).getFirst();
        assertThat(request.getChange()).isInstanceOf(CostDecisionRequested.class);
        assertThat(reminders(id)).extracting(CostRequestReminded::getReminder).startsWith(1, 2);
        assertThat(reminders(id)).extracting(CostRequestReminded::getRequestedAt)
                .containsOnly(request.getMetadata().getOccurredAt());
        ApplicationStatusChanged firstReminder = awaitStatus(id, 2);
        assertThat(firstReminder.getStatus()).isEqualTo(ApplicationState.AWAITING_COST_DECISION);
        assertThat(firstReminder.getChange().getReasonCode()).isEqualTo("COST_DECISION_REMINDED");
        assertThat(firstReminder.getChange().getReason()).contains("waiting on the home municipality");

        send(Topics.costDecisions(UPPSALA), id, TestEvents.costDecided(id, UPPSALA, "sthlm-it", 1,
                CostOutcome.APPROVED));

        ApplicationStatusChanged approved = await().atMost(WAIT).until(() -> statuses(id).stream()
                .filter(status -> status.getStatus() == ApplicationState.AWAITING_SEAT_OWNER).findFirst(),
                found -> found.isPresent()).orElseThrow();
        long reminded = statuses(id).stream()
                .filter(status -> status.getChange().getReasonCode().equals("COST_DECISION_REMINDED")).count();
        // Several intervals pass after the approval without another reminder or status change.
        await().during(Duration.ofSeconds(5)).atMost(Duration.ofSeconds(20)).until(() ->
                reminders(id).size() == reminded && statuses(id).getLast().getVersion() == approved.getVersion());
    }

    private static List<CostRequestEvent> costRequests(String id) {
        return recorder.values(Topics.costRequests(UPPSALA), id, CostRequestEvent.class);
    }

    private static List<CostRequestReminded> reminders(String id) {
        return costRequests(id).stream().map(CostRequestEvent::getChange)
                .filter(CostRequestReminded.class::isInstance).map(CostRequestReminded.class::cast).toList();
    }

    private static List<ApplicationStatusChanged> statuses(String id) {
        return recorder.values(Topics.APPLICATIONS_STATUS, id, ApplicationStatusChanged.class);
    }

    private static ApplicationStatusChanged awaitStatus(String id, int version) {
        return await().atMost(WAIT).until(() -> statuses(id).stream().filter(s -> s.getVersion() == version)
                .findFirst(), found -> found.isPresent()).orElseThrow();
    }

    private static void send(String topic, String key, Object value) {
        events.send(new ProducerRecord<>(topic, key, value));
        events.flush();
    }
}
