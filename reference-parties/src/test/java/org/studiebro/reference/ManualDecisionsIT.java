package org.studiebro.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.studiebro.reference.RequestEvents.id;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringSerializer;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.studiebro.events.CostDecided;
import org.studiebro.events.CostOutcome;
import org.studiebro.events.CostRequestEvent;
import org.studiebro.events.CourseEventPublished;
import org.studiebro.events.CourseEventStatus;
import org.studiebro.events.SeatDecided;
import org.studiebro.events.SeatOutcome;
import org.studiebro.events.SeatRequestEvent;
import org.studiebro.schemas.Topics;
import org.studiebro.serde.AvroDeserializer;
import org.studiebro.serde.AvroSerializer;
import org.studiebro.testsupport.SharedInfrastructure;
import org.studiebro.testsupport.TestTokens;

import tools.jackson.databind.JsonNode;

/** A manual municipality and a manual seat owner, decided by their officers over HTTP with their own tokens. */
@ManualPartiesTest
class ManualDecisionsIT {

    private static final String OWNER = ManualPartiesTest.OWNER;
    private static final String MUNICIPALITY = ManualPartiesTest.MUNICIPALITY;
    private static final String COST_REQUESTS = "/api/v1/municipalities/" + MUNICIPALITY + "/cost-requests";
    private static final String COST_DECISIONS = "/api/v1/municipalities/" + MUNICIPALITY + "/cost-decisions";
    private static final String SEAT_REQUESTS = "/api/v1/seat-owners/" + OWNER + "/seat-requests";
    private static final String SEAT_DECISIONS = "/api/v1/seat-owners/" + OWNER + "/seat-decisions";
    private static final String PROBLEM_JSON = "application/problem+json";

    private static SharedInfrastructure infra;

    @LocalServerPort
    private int port;

    private PartyHttp municipalityOfficer;
    private PartyHttp seatOwnerOfficer;
    private KafkaTemplate<String, Object> events;
    private TopicRecords<Object> seatDecisions;
    private TopicRecords<Object> costDecisions;

    @BeforeAll
    static void provision() {
        infra = SharedInfrastructure.get();
        ManualPartyTopics.provision();
    }

    @BeforeEach
    void connect() {
        municipalityOfficer = new PartyHttp(port, TestTokens.user("goteborg-officer"));
        seatOwnerOfficer = new PartyHttp(port, TestTokens.user("goteborg-vux-officer"));
        events = new KafkaTemplate<>(new DefaultKafkaProducerFactory<>(infra.kafkaClientConfig().with(Map.of(
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, AvroSerializer.class,
                "schema.registry.url", infra.schemaRegistryUrl(),
                "auto.register.schemas", false))));
        AvroDeserializer deserializer = new AvroDeserializer();
        deserializer.configure(Map.of("schema.registry.url", infra.schemaRegistryUrl(),
                "specific.avro.reader", true), false);
        seatDecisions = new TopicRecords<>(infra.kafkaClientConfig(), deserializer, Topics.seatDecisions(OWNER));
        costDecisions = new TopicRecords<>(infra.kafkaClientConfig(), deserializer,
                Topics.costDecisions(MUNICIPALITY));
        // The views answer 503 until both parties' Kafka Streams clients run.
        Awaitility.await().alias("both parties running").atMost(Duration.ofSeconds(90))
                .until(() -> listing(COST_REQUESTS).isPresent() && listing(SEAT_REQUESTS).isPresent());
    }

    @AfterEach
    void disconnect() {
        seatDecisions.close();
        costDecisions.close();
    }

    @Test
    void anOfficersCostDecisionLandsOnTheDecisionTopicAndTheRequestLeavesTheList() throws Exception {
        String applicationId = id("app");
        CostRequestEvent request = RequestEvents.costRequest(MUNICIPALITY, applicationId, "SVESVE01");
        events.send(Topics.costRequests(MUNICIPALITY), applicationId, request).get();

        JsonNode listed = awaitListed(COST_REQUESTS, applicationId);
        assertThat(listed.path("courseEventId").asString()).isEqualTo(request.getCourseEventId());
        assertThat(listed.path("choiceRank").asInt()).isEqualTo(1);
        assertThat(listed.path("course").path("code").asString()).isEqualTo("SVESVE01");
        assertThat(listed.path("requestedAt").asString()).isNotBlank();
        assertThat(listed.path("applicant").path("name").asString()).isEqualTo("Sara Lind");
        assertThat(listed.path("applicant").path("nationalId").asString()).isEqualTo("19811218-****");
        assertThat(municipalityOfficer.get(COST_REQUESTS).body()).doesNotContain(RequestEvents.NATIONAL_ID);

        PartyHttp.Answer accepted = municipalityOfficer.post(COST_DECISIONS, """
                {"applicationId": "%s", "choiceRank": 1, "outcome": "REFUSED",
                 "reason": "Kursen finns i Uppsala", "decidedBy": "handläggare Eva"}""".formatted(applicationId));
        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(202);

        // The first decision for the application: no automatic answer came before the officer's.
        CostDecided decided = (CostDecided) costDecisions.await("cost decision for " + applicationId,
                record -> applicationId.equals(record.key())).value();
        assertThat(decided.getOutcome()).isEqualTo(CostOutcome.REFUSED);
        assertThat(decided.getReason()).isEqualTo("Kursen finns i Uppsala");
        assertThat(decided.getReasonCode()).isEqualTo("REFUSED");
        assertThat(decided.getDecidedBy()).isEqualTo("handläggare Eva");
        assertThat(decided.getHomeMunicipality()).isEqualTo(MUNICIPALITY);
        assertThat(decided.getCourseEventId()).isEqualTo(request.getCourseEventId());
        assertThat(decided.getChoiceRank()).isEqualTo(1);
        assertThat(decided.getMetadata().getCorrelationId()).isEqualTo(request.getMetadata().getCorrelationId());
        assertThat(decided.getMetadata().getCausationId()).isEqualTo(request.getMetadata().getEventId());
        assertThat(decided.getMetadata().getProducer()).isEqualTo("reference-municipality");
        awaitNotListed(COST_REQUESTS, applicationId);
        assertThat(municipalityOfficer.post(COST_DECISIONS, """
                {"applicationId": "%s", "choiceRank": 1, "outcome": "APPROVED",
                 "reason": "Omprövat", "decidedBy": "handläggare Eva"}""".formatted(applicationId)).status())
                .isEqualTo(404);
    }

    @Test
    void aCostDecisionOnNoPendingRequestIsNotFoundAndABadOneNamesItsFields() {
        PartyHttp.Answer unknown = municipalityOfficer.post(COST_DECISIONS, """
                {"applicationId": "%s", "choiceRank": 1, "outcome": "APPROVED",
                 "reason": "Avtal finns", "decidedBy": "handläggare Eva"}""".formatted(id("app")));
        PartyHttp.Answer invalid = municipalityOfficer.post(COST_DECISIONS, """
                {"choiceRank": 9, "outcome": "MAYBE", "reason": " "}""");
        PartyHttp.Answer wrongType = municipalityOfficer.post(COST_DECISIONS, """
                {"applicationId": "a", "choiceRank": "first"}""");
        PartyHttp.Answer notJson = municipalityOfficer.post(COST_DECISIONS, "approve it");

        assertThat(unknown.status()).as(unknown.toString()).isEqualTo(404);
        assertThat(unknown.contentType()).startsWith(PROBLEM_JSON);
        assertThat(unknown.json().path("type").asString()).isEqualTo("urn:studiebro:problem:not-found");
        assertThat(invalid.status()).as(invalid.toString()).isEqualTo(400);
        assertThat(invalid.contentType()).startsWith(PROBLEM_JSON);
        assertThat(invalid.errorFields())
                .containsExactly("applicationId", "choiceRank", "decidedBy", "outcome", "reason");
        assertThat(wrongType.status()).isEqualTo(400);
        assertThat(wrongType.errorFields()).containsExactly("choiceRank");
        assertThat(notJson.status()).isEqualTo(400);
        assertThat(notJson.errorFields()).containsExactly("body");
    }

    @Test
    void anOfficersAdmissionTakesTheSeatThatTheReferenceRulesThenGiveToTheReserve() throws Exception {
        String courseEvent = publishCourseEvent(1);
        String first = id("app");
        String second = id("app");
        SeatRequestEvent firstRequest = requestSeat(first, courseEvent, 2);
        requestSeat(second, courseEvent, 1);

        JsonNode listed = awaitListed(SEAT_REQUESTS, first);
        awaitListed(SEAT_REQUESTS, second);
        assertThat(listed.path("courseEventId").asString()).isEqualTo(courseEvent);
        assertThat(listed.path("courseCode").asString()).isEqualTo("VÅRVÅR01");
        assertThat(listed.path("priorityGroup").asInt()).isEqualTo(2);
        assertThat(listed.path("applicant").path("nationalId").asString()).isEqualTo("19811218-****");
        assertThat(seatOwnerOfficer.get(SEAT_REQUESTS).body()).doesNotContain(RequestEvents.NATIONAL_ID);

        PartyHttp.Answer admitted = decideSeat(first, courseEvent, "ADMITTED", null);
        assertThat(admitted.status()).as(admitted.toString()).isEqualTo(202);
        SeatDecided admission = seatDecision(first, SeatOutcome.ADMITTED);
        assertThat(admission.getDecidedBy()).isEqualTo("antagningen, Omar");
        assertThat(admission.getReasonCode()).isEqualTo("ADMITTED");
        assertThat(admission.getReason()).isEqualTo("Beslut efter intervju");
        assertThat(admission.getSeatOwner()).isEqualTo(OWNER);
        assertThat(admission.getCourseEventId()).isEqualTo(courseEvent);
        assertThat(admission.getChoiceRank()).isEqualTo(1);
        assertThat(admission.getMetadata().getCausationId()).isEqualTo(firstRequest.getMetadata().getEventId());
        awaitNotListed(SEAT_REQUESTS, first);

        // The one seat is taken in the seat owner's state: a second admission does not fit.
        PartyHttp.Answer full = decideSeat(second, courseEvent, "ADMITTED", null);
        assertThat(full.status()).as(full.toString()).isEqualTo(409);
        assertThat(full.contentType()).startsWith(PROBLEM_JSON);
        assertThat(decideSeat(second, courseEvent, "RESERVE", 1).status()).isEqualTo(202);
        assertThat(seatDecision(second, SeatOutcome.RESERVE).getReservePosition()).isEqualTo(1);

        // The learner withdraws: the rules give the freed seat to the officer's reserve.
        events.send(Topics.seatRequests(OWNER), first, RequestEvents.seatWithdrawal(OWNER, first, courseEvent, 1))
                .get();
        SeatDecided freed = seatDecision(second, SeatOutcome.ADMITTED);
        assertThat(freed.getReasonCode()).isEqualTo("SEAT_FREED");
        assertThat(freed.getDecidedBy()).isEqualTo("reference-seat-owner");
    }

    @Test
    void aWithdrawnSeatRequestLeavesTheListAndCannotBeDecided() throws Exception {
        String courseEvent = publishCourseEvent(3);
        String applicationId = id("app");
        requestSeat(applicationId, courseEvent, null);
        awaitListed(SEAT_REQUESTS, applicationId);

        events.send(Topics.seatRequests(OWNER), applicationId,
                RequestEvents.seatWithdrawal(OWNER, applicationId, courseEvent, 1)).get();

        awaitNotListed(SEAT_REQUESTS, applicationId);
        PartyHttp.Answer gone = decideSeat(applicationId, courseEvent, "COURSE_CANCELLED", null);
        assertThat(gone.status()).as(gone.toString()).isEqualTo(404);
        assertThat(gone.contentType()).startsWith(PROBLEM_JSON);
    }

    @Test
    void aBadSeatDecisionNamesItsFields() {
        PartyHttp.Answer invalid = seatOwnerOfficer.post(SEAT_DECISIONS, """
                {"applicationId": "a", "choiceRank": 0, "outcome": "ADMITTED", "reservePosition": 2,
                 "reasonCode": "not a code", "reason": "Antagen"}""");

        assertThat(invalid.status()).as(invalid.toString()).isEqualTo(400);
        assertThat(invalid.contentType()).startsWith(PROBLEM_JSON);
        assertThat(invalid.errorFields()).containsExactly("choiceRank", "courseEventId", "decidedBy", "reasonCode",
                "reservePosition");
    }

    private String publishCourseEvent(int seats) throws Exception {
        CourseEventPublished event = RequestEvents.courseEvent(OWNER, "VÅRVÅR01", seats, CourseEventStatus.OPEN);
        events.send(Topics.CATALOG_COURSE_EVENTS, event.getCourseEventId(), event).get();
        return event.getCourseEventId();
    }

    private SeatRequestEvent requestSeat(String applicationId, String courseEventId, Integer priorityGroup)
            throws Exception {
        SeatRequestEvent request = RequestEvents.seatRequest(OWNER, applicationId, courseEventId, "VÅRVÅR01", 1,
                priorityGroup);
        events.send(Topics.seatRequests(OWNER), applicationId, request).get();
        return request;
    }

    private PartyHttp.Answer decideSeat(String applicationId, String courseEventId, String outcome,
            Integer reservePosition) {
        return seatOwnerOfficer.post(SEAT_DECISIONS, """
                {"applicationId": "%s", "courseEventId": "%s", "choiceRank": 1, "outcome": "%s",
                 "reservePosition": %s, "reason": "Beslut efter intervju", "decidedBy": "antagningen, Omar"}"""
                .formatted(applicationId, courseEventId, outcome, reservePosition));
    }

    private SeatDecided seatDecision(String applicationId, SeatOutcome outcome) {
        return (SeatDecided) seatDecisions.await(outcome + " for " + applicationId,
                record -> applicationId.equals(record.key())
                        && ((SeatDecided) record.value()).getOutcome() == outcome).value();
    }

    private JsonNode awaitListed(String path, String applicationId) {
        return Awaitility.await().alias(applicationId + " listed at " + path).atMost(Duration.ofSeconds(90))
                .until(() -> listing(path).flatMap(list -> entry(list, applicationId)), Optional::isPresent)
                .orElseThrow();
    }

    private void awaitNotListed(String path, String applicationId) {
        Awaitility.await().alias(applicationId + " gone from " + path).atMost(Duration.ofSeconds(90))
                .until(() -> listing(path).filter(list -> entry(list, applicationId).isEmpty()).isPresent());
    }

    /** Empty while the list is unavailable (503 while the party starts or rebalances). */
    private Optional<JsonNode> listing(String path) {
        PartyHttp officer = path.startsWith("/api/v1/municipalities/") ? municipalityOfficer : seatOwnerOfficer;
        PartyHttp.Answer answer = officer.get(path);
        return answer.status() == 200 ? Optional.of(answer.json()) : Optional.empty();
    }

    private static Optional<JsonNode> entry(JsonNode list, String applicationId) {
        for (JsonNode entry : list) {
            if (applicationId.equals(entry.path("applicationId").asString())) {
                return Optional.of(entry);
            }
        }
        return Optional.empty();
    }
}
