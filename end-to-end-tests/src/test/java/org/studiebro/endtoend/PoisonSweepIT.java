package org.studiebro.endtoend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.studiebro.endtoend.DeadLetters.DeadLetter;
import org.studiebro.events.CostDecisionState;
import org.studiebro.events.Language;
import org.studiebro.events.NotificationChannel;
import org.studiebro.events.NotificationDispatched;
import org.studiebro.events.RecipientKind;
import org.studiebro.events.SeatRequestEvent;
import org.studiebro.events.SeatRequested;
import org.studiebro.schemas.Events;
import org.studiebro.schemas.Topics;
import org.studiebro.testsupport.WithSharedInfrastructure;

/**
 * Poison injected straight into every input topic of every service: bytes that are not Avro, an unknown schema id
 * and a record of another topic's schema, on every partition. Each service that reads a topic sends each of them to
 * its dead-letter topic with the reason and the original topic, partition and offset, and goes on: two journeys
 * started after the poison (and a new course event, municipality and cooperation area published after it) pass
 * through every one of these topics, and each service shows it used them.
 */
@ExtendWith({WithSharedPlatform.class, WithSharedInfrastructure.class})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PoisonSweepIT {

    private static final String ROUTING = "routing-service";
    private static final String APPLICATIONS = "applications-service";
    private static final String NOTIFICATION = "notification-service";
    private static final String REFERENCE_PARTIES = "reference-parties";

    // Uppsala decides the cost of Stockholm's courses by the reference rules; stockholm-vux admits by them.
    private static final String UPPSALA = "se-0380";
    private static final String STOCKHOLM_VUX = "stockholm-vux";
    private static final String ELECTRICIAN = "sthlm-elektriker-2027v-01";

    /**
     * Every input topic of every service, read off their listeners and topologies, with what shows that the service
     * went on after the poison. No service reads reference.providers (only the reference-data-service's import
     * compares it with its files), municipality-notices.* (the municipalities' own) or the reference parties' internal
     * manual-decision command topics, which only their own HTTP API writes. The reference seat owner keeps the
     * catalog as a global store of bytes and reads a record only when a request names its course event, so catalog
     * poison reaches its dead letters only with a request that needs it; the journeys show it went on (stockholm-vux
     * admits to the new course event).
     */
    private static final List<Reading> READINGS = List.of(
            Reading.of(Topics.APPLICATIONS_SUBMITTED, ROUTING, "both journeys are routed"),
            Reading.of(Topics.APPLICATIONS_SUBMITTED, APPLICATIONS, "its views stay caught up: health UP"),
            Reading.of(Topics.APPLICATIONS_WITHDRAWALS, ROUTING, "the new learner's withdrawal is routed"),
            Reading.of(Topics.APPLICATIONS_WITHDRAWALS, APPLICATIONS, "the withdrawal is accepted: 202"),
            Reading.of(Topics.APPLICATIONS_STATUS, APPLICATIONS, "the status view shows ADMITTED"),
            Reading.of(Topics.APPLICATIONS_STATUS, NOTIFICATION, "the learners get their e-mails"),
            Reading.of(Topics.CATALOG_COURSE_EVENTS, ROUTING, "the new course event is routed to"),
            Reading.of(Topics.CATALOG_COURSE_EVENTS, APPLICATIONS, "GET /api/v1/course-events/{new one}"),
            Reading.of(Topics.REFERENCE_MUNICIPALITIES, ROUTING, "the new municipality's learner is routed"),
            Reading.of(Topics.REFERENCE_MUNICIPALITIES, APPLICATIONS, "intake accepts its learner"),
            Reading.of(Topics.REFERENCE_MUNICIPALITIES, NOTIFICATION, "it gets its notice in a digest e-mail"),
            Reading.of(Topics.REFERENCE_COOPERATION_AREAS, ROUTING, "the new area makes the cost AUTOMATIC"),
            Reading.of(Topics.seatRequests(STOCKHOLM_VUX), REFERENCE_PARTIES, "both journeys are admitted"),
            Reading.of(Topics.seatDecisions(STOCKHOLM_VUX), ROUTING, "both journeys are admitted"),
            Reading.of(Topics.costRequests(UPPSALA), REFERENCE_PARTIES, "Uppsala approves"),
            Reading.of(Topics.costDecisions(UPPSALA), ROUTING, "the approval requests the seat"),
            Reading.of(Topics.NOTIFICATIONS_DISPATCHED, NOTIFICATION, "its history lists one written after"),
            Reading.of(Topics.replays(ROUTING), ROUTING, "dead letters only: no valid replay is made"),
            Reading.of(Topics.replays(APPLICATIONS), APPLICATIONS, "dead letters only"),
            Reading.of(Topics.replays(NOTIFICATION), NOTIFICATION, "dead letters only"),
            Reading.of(Topics.replays(REFERENCE_PARTIES), REFERENCE_PARTIES, "dead letters only"));

    private final SharedPlatform platform;
    private final PlatformHttp http;
    private final DeadLetters deadLetters;
    private final String run = UUID.randomUUID().toString().substring(0, 8);

    @RegisterExtension
    final ServiceLogsOnFailure serviceLogs;

    PoisonSweepIT(SharedPlatform platform) {
        this.platform = platform;
        this.http = platform.http();
        this.deadLetters = new DeadLetters(platform.infrastructure());
        this.serviceLogs = new ServiceLogsOnFailure(platform::services);
    }

    @Test
    void poisonInEveryInputTopicIsDeadLetteredByEveryReaderAndTheStreamsGoOn() {
        NewReferenceData world = NewReferenceData.of(run, CurrentReferenceData.today());
        world.provisionNoticeTopic(platform.infrastructure());
        Set<String> topics = READINGS.stream().map(Reading::topic)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        List<Poison> poisons = Poison.inject(platform.infrastructure(), List.copyOf(topics), run);
        String dispatchedOnly = "poison-sweep-dispatched-" + run;
        try (EventPublisher publisher = new EventPublisher(platform.infrastructure())) {
            world.publish(publisher);
            // No mail was sent about this application here: only the history's view of the topic can know it.
            publisher.send(Topics.NOTIFICATIONS_DISPATCHED, dispatchedOnly, dispatched(dispatchedOnly));
        }

        // Anna, who withdraws the application at the end: only its learner may.
        Learner newcomer = Learner.of(SampleLearners.ANNA_NATIONAL_ID, "Anna", "Forsberg", "sv",
                world.municipalityId());
        Learner uppsalaLearner = Learner.of(IdentityNumbers.personnummer(LocalDate.of(1979, 8, 2), 512), "Jonas",
                "Lind", "sv", UPPSALA);
        // Intake knows the new municipality once its view has read it, shortly after it was published.
        String idempotencyKey = UUID.randomUUID().toString();
        URI newcomersApplication = await("intake accepting a learner of " + world.municipalityId())
                .atMost(SharedPlatform.DECISION_TIMEOUT).pollInterval(Duration.ofMillis(500)).ignoreExceptions()
                .until(() -> http.submit(idempotencyKey, newcomer.applicationFor(world.courseEventId())),
                        uri -> uri != null);
        URI uppsalaApplication = http.submit(UUID.randomUUID().toString(), uppsalaLearner.applicationFor(ELECTRICIAN));

        assertEveryPoisonDeadLettered(poisons);

        JsonNode newcomersStatus = awaitAdmitted(newcomersApplication);
        assertThat(StatusJson.choice(newcomersStatus, 1).path("costDecision").asText())
                .isEqualTo(CostDecisionState.AUTOMATIC.name());
        JsonNode uppsalaStatus = awaitAdmitted(uppsalaApplication);
        assertThat(StatusJson.choice(uppsalaStatus, 1).path("costDecision").asText())
                .isEqualTo(CostDecisionState.APPROVED.name());
        SeatRequestEvent seatRequest = platform.topics().awaitRecord(Topics.seatRequests(STOCKHOLM_VUX),
                PlatformHttp.lastSegment(newcomersApplication), SeatRequestEvent.class,
                request -> request.getChange() instanceof SeatRequested);
        assertThat(seatRequest.getCourseEventId()).isEqualTo(world.courseEventId());

        assertThat(http.courseEvent(world.courseEventId()).path("seatOwner").asText()).isEqualTo(STOCKHOLM_VUX);
        platform.awaitMailTo(newcomer.email());
        platform.awaitMailTo(uppsalaLearner.email());
        platform.awaitMailTo(world.municipalityEmail());
        await("the notification history reading " + Topics.NOTIFICATIONS_DISPATCHED)
                .atMost(SharedPlatform.DECISION_TIMEOUT)
                .untilAsserted(() -> assertThat(http.notifications(dispatchedOnly)).hasSize(1));

        http.withdraw(newcomersApplication, UUID.randomUUID().toString(), SampleLearners.ANNA);
        platform.awaitStatus(newcomersApplication, null, "the newcomer's application withdrawn",
                status -> assertThat(status.path("status").asText()).isEqualTo("WITHDRAWN"));
        assertThat(http.health()).as("the applications-service's health: its views caught up").isEqualTo("UP");
    }

    /** Each poison on each topic is on the dead-letter topic of every service that reads the topic. */
    private void assertEveryPoisonDeadLettered(List<Poison> poisons) {
        Set<String> services = READINGS.stream().map(Reading::service).collect(Collectors.toSet());
        await("every poison dead-lettered by every service that reads its topic")
                .atMost(SharedPlatform.DECISION_TIMEOUT).pollInterval(Duration.ofSeconds(2))
                .untilAsserted(() -> {
                    Map<String, List<DeadLetter>> byService = services.stream()
                            .collect(Collectors.toMap(Function.identity(), deadLetters::of));
                    List<String> missing = new ArrayList<>();
                    for (Reading reading : READINGS) {
                        poisons.stream().filter(poison -> poison.topic().equals(reading.topic()))
                                .filter(poison -> byService.get(reading.service()).stream()
                                        .noneMatch(deadLetter -> isOf(deadLetter, poison)))
                                .forEach(poison -> missing.add(reading.service() + " for " + poison));
                    }
                    assertThat(missing).as("poison without its dead letter").isEmpty();
                });
    }

    private static boolean isOf(DeadLetter deadLetter, Poison poison) {
        return poison.topic().equals(deadLetter.topic())
                && Integer.valueOf(poison.partition()).equals(deadLetter.partition())
                && Long.valueOf(poison.offset()).equals(deadLetter.offset())
                && deadLetter.reason() != null && !deadLetter.reason().isBlank()
                && (Arrays.equals(poison.value(), deadLetter.value()) || deadLetter.avroJson());
    }

    private static NotificationDispatched dispatched(String applicationId) {
        return NotificationDispatched.newBuilder()
                .setMetadata(Events.metadata(applicationId, null, "notification-service", Instant.now()))
                .setApplicationId(applicationId).setStatusEventId(UUID.randomUUID().toString())
                .setChannel(NotificationChannel.EMAIL).setRecipientKind(RecipientKind.LEARNER)
                .setRecipient("learner-" + applicationId + "@example.test").setLanguage(Language.SV)
                .setSubject("Din ansökan").build();
    }

    private JsonNode awaitAdmitted(URI application) {
        return platform.awaitStatus(application, null, "application admitted",
                status -> assertThat(status.path("status").asText()).isEqualTo("ADMITTED"));
    }

    /** A topic a service reads, and how the sweep sees it went on after the poison. */
    private record Reading(String topic, String service, String goesOn) {

        static Reading of(String topic, String service, String goesOn) {
            return new Reading(topic, service, goesOn);
        }
    }
}
