package org.studiebro.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.studiebro.reference.RequestEvents.id;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.KafkaHeaders;
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
import org.studiebro.serde.TopicProvisioner;
import org.studiebro.testsupport.SharedInfrastructure;
import org.studiebro.testsupport.WithSharedInfrastructure;

@ExtendWith(WithSharedInfrastructure.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "studiebro.seat-owner.parties=" + ReferencePartiesIT.OWNER,
        "studiebro.seat-owner.not-eligible-course-codes=" + ReferencePartiesIT.NOT_ELIGIBLE_COURSE,
        "studiebro.municipality.parties=" + ReferencePartiesIT.MUNICIPALITY,
        "studiebro.municipality.refuse-course-codes=" + ReferencePartiesIT.REFUSED_COURSE,
        "spring.kafka.streams.state-dir=target/kafka-streams/${random.uuid}",
        "spring.kafka.streams.cleanup.on-shutdown=true"})
class ReferencePartiesIT {

    static final String OWNER = "test-owner-x";
    static final String MUNICIPALITY = "se-0380";
    static final String NOT_ELIGIBLE_COURSE = "NOTELIG1";
    static final String REFUSED_COURSE = "REFUSED1";
    private static final String DEAD_LETTERS = Topics.deadLetters("reference-parties");

    private static SharedInfrastructure infra;

    private KafkaTemplate<String, Object> events;
    private KafkaTemplate<String, byte[]> raw;
    private TopicRecords<Object> seatDecisions;
    private TopicRecords<Object> costDecisions;
    private TopicRecords<byte[]> deadLetters;

    @BeforeAll
    static void provision() {
        infra = SharedInfrastructure.get();
        try (var provisioner = new TopicProvisioner(infra.kafkaClientConfig().settings(), infra.schemaRegistryUrl(),
                3)) {
            provisioner.provisionCore();
            provisioner.provision(Topics.seatOwnerTopics(OWNER));
            provisioner.provision(Topics.municipalityTopics(MUNICIPALITY));
            provisioner.provisionDeadLetters("reference-parties");
        }
    }

    @BeforeEach
    void connect() {
        Map<String, Object> producer = new HashMap<>(infra.kafkaClientConfig().with(Map.of(
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, AvroSerializer.class,
                "schema.registry.url", infra.schemaRegistryUrl(),
                "auto.register.schemas", false)));
        events = new KafkaTemplate<>(new DefaultKafkaProducerFactory<>(producer));
        producer.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        raw = new KafkaTemplate<>(new DefaultKafkaProducerFactory<>(producer));
        seatDecisions = new TopicRecords<>(infra.kafkaClientConfig(), eventDeserializer(), Topics.seatDecisions(OWNER));
        costDecisions = new TopicRecords<>(infra.kafkaClientConfig(), eventDeserializer(),
                Topics.costDecisions(MUNICIPALITY));
        deadLetters = new TopicRecords<>(infra.kafkaClientConfig(), new ByteArrayDeserializer(), DEAD_LETTERS);
    }

    @AfterEach
    void disconnect() {
        seatDecisions.close();
        costDecisions.close();
        deadLetters.close();
    }

    @Test
    void admitsWhileSeatsRemainThenReservesAndGivesAFreedSeatToTheReserve() throws Exception {
        String courseEvent = publishCourseEvent("VÅRVÅRD0", 2, CourseEventStatus.OPEN);
        String first = id("app");
        String second = id("app");
        String third = id("app");

        SeatRequestEvent firstRequest = requestSeat(first, courseEvent, "VÅRVÅRD0");
        SeatDecided firstDecision = seatDecision(first, SeatOutcome.ADMITTED);
        requestSeat(second, courseEvent, "VÅRVÅRD0");
        seatDecision(second, SeatOutcome.ADMITTED);
        requestSeat(third, courseEvent, "VÅRVÅRD0");
        SeatDecided reserve = seatDecision(third, SeatOutcome.RESERVE);

        assertThat(firstDecision.getReasonCode()).isEqualTo("SEATS_AVAILABLE");
        assertThat(firstDecision.getMetadata().getCorrelationId())
                .isEqualTo(firstRequest.getMetadata().getCorrelationId());
        assertThat(firstDecision.getMetadata().getCausationId()).isEqualTo(firstRequest.getMetadata().getEventId());
        assertThat(firstDecision.getDecidedBy()).isEqualTo("reference-seat-owner");
        assertThat(firstDecision.getSeatOwner()).isEqualTo(OWNER);
        assertThat(firstDecision.getCourseEventId()).isEqualTo(courseEvent);
        assertThat(firstDecision.getChoiceRank()).isEqualTo(2);
        assertThat(reserve.getReservePosition()).isEqualTo(1);
        assertThat(reserve.getReasonCode()).isEqualTo("OVERSUBSCRIBED");

        SeatRequestEvent withdrawal = withdrawSeat(first, courseEvent);
        SeatDecided freed = seatDecision(third, SeatOutcome.ADMITTED);

        assertThat(freed.getReasonCode()).isEqualTo("SEAT_FREED");
        assertThat(freed.getMetadata().getCausationId()).isEqualTo(withdrawal.getMetadata().getEventId());
    }

    @Test
    void answersNotEligibleForAListedCourseCodeAndCancelledForAnUnknownCourseEvent() throws Exception {
        String courseEvent = publishCourseEvent(NOT_ELIGIBLE_COURSE, 5, CourseEventStatus.OPEN);
        String notEligible = id("app");
        String unknownEvent = id("app");

        requestSeat(notEligible, courseEvent, NOT_ELIGIBLE_COURSE);
        requestSeat(unknownEvent, id("no-such-event"), "VÅRVÅRD0");

        assertThat(seatDecision(notEligible, SeatOutcome.NOT_ELIGIBLE).getReason()).isEqualTo("Behörighet saknas");
        assertThat(seatDecision(unknownEvent, SeatOutcome.COURSE_CANCELLED).getReasonCode())
                .isEqualTo("COURSE_EVENT_UNKNOWN");
    }

    @Test
    void approvesACostRequestAndRefusesOneForARefusedCourseCode() throws Exception {
        String approved = id("app");
        String refused = id("app");

        CostRequestEvent approvedRequest = requestCostDecision(approved, "VÅRVÅRD0");
        requestCostDecision(refused, REFUSED_COURSE);

        CostDecided approval = costDecision(approved);
        assertThat(approval.getOutcome()).isEqualTo(CostOutcome.APPROVED);
        assertThat(approval.getReasonCode()).isEqualTo("AGREEMENT_OR_NEED");
        assertThat(approval.getHomeMunicipality()).isEqualTo(MUNICIPALITY);
        assertThat(approval.getDecidedBy()).isEqualTo("reference-municipality");
        assertThat(approval.getMetadata().getCausationId()).isEqualTo(approvedRequest.getMetadata().getEventId());
        CostDecided refusal = costDecision(refused);
        assertThat(refusal.getOutcome()).isEqualTo(CostOutcome.REFUSED);
        assertThat(refusal.getReason()).isEqualTo("Utbildningen finns i hemkommunen");
    }

    @Test
    void aPoisonRecordGoesToTheDeadLettersAndTheNextRequestIsStillAnswered() throws Exception {
        String poisonKey = id("poison");
        String next = id("app");
        raw.send(Topics.seatRequests(OWNER), poisonKey, "not avro".getBytes(StandardCharsets.UTF_8)).get();
        String courseEvent = publishCourseEvent("VÅRVÅRD0", 1, CourseEventStatus.OPEN);
        requestSeat(next, courseEvent, "VÅRVÅRD0");

        ConsumerRecord<String, byte[]> deadLetter = deadLetters.await("dead letter " + poisonKey,
                record -> poisonKey.equals(record.key()));
        assertThat(new String(deadLetter.value(), StandardCharsets.UTF_8)).isEqualTo("not avro");
        assertThat(header(deadLetter, KafkaHeaders.DLT_ORIGINAL_TOPIC)).isEqualTo(Topics.seatRequests(OWNER));
        assertThat(header(deadLetter, KafkaHeaders.DLT_EXCEPTION_MESSAGE)).isNotBlank();
        assertThat(deadLetter.headers().lastHeader(KafkaHeaders.DLT_ORIGINAL_OFFSET)).isNotNull();
        assertThat(seatDecision(next, SeatOutcome.ADMITTED).getCourseEventId()).isEqualTo(courseEvent);
    }

    @Test
    void aSeatRequestAddressedToAnotherSeatOwnerIsDeadLetteredNotAnswered() throws Exception {
        String misaddressed = id("app");
        String courseEvent = publishCourseEvent("VÅRVÅRD0", 1, CourseEventStatus.OPEN);
        SeatRequestEvent request = seatRequest(misaddressed, courseEvent, "VÅRVÅRD0");
        request.setSeatOwner("another-owner");
        events.send(Topics.seatRequests(OWNER), misaddressed, request).get();
        String next = id("app");
        requestSeat(next, courseEvent, "VÅRVÅRD0");

        ConsumerRecord<String, byte[]> deadLetter = deadLetters.await("dead letter " + misaddressed,
                record -> misaddressed.equals(record.key()));
        assertThat(header(deadLetter, KafkaHeaders.DLT_EXCEPTION_MESSAGE)).contains("another-owner");
        // The misaddressed request took no seat: the one seat went to the next request.
        assertThat(seatDecision(next, SeatOutcome.ADMITTED).getReasonCode()).isEqualTo("SEATS_AVAILABLE");
    }

    private String publishCourseEvent(String courseCode, int seats, CourseEventStatus status) throws Exception {
        CourseEventPublished event = RequestEvents.courseEvent(OWNER, courseCode, seats, status);
        events.send(Topics.CATALOG_COURSE_EVENTS, event.getCourseEventId(), event).get();
        return event.getCourseEventId();
    }

    private SeatRequestEvent requestSeat(String applicationId, String courseEventId, String courseCode)
            throws Exception {
        SeatRequestEvent request = seatRequest(applicationId, courseEventId, courseCode);
        events.send(Topics.seatRequests(OWNER), applicationId, request).get();
        return request;
    }

    private static SeatRequestEvent seatRequest(String applicationId, String courseEventId, String courseCode) {
        return RequestEvents.seatRequest(OWNER, applicationId, courseEventId, courseCode, 2, null);
    }

    private SeatRequestEvent withdrawSeat(String applicationId, String courseEventId) throws Exception {
        SeatRequestEvent withdrawal = RequestEvents.seatWithdrawal(OWNER, applicationId, courseEventId, 2);
        events.send(Topics.seatRequests(OWNER), applicationId, withdrawal).get();
        return withdrawal;
    }

    private CostRequestEvent requestCostDecision(String applicationId, String courseCode) throws Exception {
        CostRequestEvent request = RequestEvents.costRequest(MUNICIPALITY, applicationId, courseCode);
        events.send(Topics.costRequests(MUNICIPALITY), applicationId, request).get();
        return request;
    }

    private SeatDecided seatDecision(String applicationId, SeatOutcome outcome) {
        return (SeatDecided) seatDecisions.await(outcome + " for " + applicationId,
                record -> applicationId.equals(record.key())
                        && ((SeatDecided) record.value()).getOutcome() == outcome).value();
    }

    private CostDecided costDecision(String applicationId) {
        return (CostDecided) costDecisions.await("cost decision for " + applicationId,
                record -> applicationId.equals(record.key())).value();
    }

    private static AvroDeserializer eventDeserializer() {
        AvroDeserializer deserializer = new AvroDeserializer();
        deserializer.configure(Map.of("schema.registry.url", infra.schemaRegistryUrl(),
                "specific.avro.reader", true), false);
        return deserializer;
    }

    private static String header(ConsumerRecord<String, byte[]> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
