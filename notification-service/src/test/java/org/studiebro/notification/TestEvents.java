package org.studiebro.notification;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringSerializer;
import org.studiebro.events.Applicant;
import org.studiebro.events.ApplicationState;
import org.studiebro.events.ApplicationStatusChanged;
import org.studiebro.events.Authority;
import org.studiebro.events.ChoiceState;
import org.studiebro.events.ChoiceStatus;
import org.studiebro.events.CostDecisionState;
import org.studiebro.events.EventMetadata;
import org.studiebro.events.IdentityType;
import org.studiebro.events.Language;
import org.studiebro.events.StatusChange;
import org.studiebro.serde.AvroSerializer;
import org.studiebro.testsupport.SharedInfrastructure;

/** Status events as the routing-service writes them, for tests. */
public final class TestEvents {

    public static final String COURSE_NAME = "Vård- och omsorgsarbete 1";
    public static final String NATIONAL_ID = "198112189876";
    /** A producer of Avro events through the shared registry, which registers nothing itself. */
    public static KafkaProducer<String, Object> avroProducer(SharedInfrastructure infrastructure) {
        return new KafkaProducer<>(infrastructure.kafkaClientConfig().with(Map.of(
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, AvroSerializer.class,
                "schema.registry.url", infrastructure.schemaRegistryUrl(),
                "auto.register.schemas", false)));
    }

    public static final Instant AT = Instant.parse("2026-12-01T09:30:00Z");

    private TestEvents() {
    }

    public static Applicant applicant(Language language, String email, String homeMunicipality) {
        return Applicant.newBuilder()
                .setNationalId(NATIONAL_ID)
                .setIdentityType(IdentityType.SE_PERSONNUMMER)
                .setGivenName("Åsa")
                .setFamilyName("Öberg")
                .setEmail(email)
                .setLanguage(language)
                .setHomeMunicipality(homeMunicipality)
                .build();
    }

    public static ChoiceStatus choice(int rank, ChoiceState state, CostDecisionState costDecision) {
        return ChoiceStatus.newBuilder()
                .setRank(rank)
                .setCourseEventId("gbg-vard-2027v-0" + rank)
                .setCourseCode("VÅRVÅRD0")
                .setCourseName(rank == 1 ? COURSE_NAME : "Svenska som andraspråk " + rank)
                .setSeatOwner("goteborg-vux")
                .setPrincipalMunicipality("se-1480")
                .setCostDecision(costDecision)
                .setState(state)
                .setReservePosition(state == ChoiceState.RESERVE ? 3 : null)
                .setAuthority(Authority.SEAT_OWNER)
                .setDecidedBy("goteborg-vux")
                .setChangedAt(AT)
                .build();
    }

    /** The seat owner admitted the learner on their first choice; change what a test needs through the builder. */
    public static ApplicationStatusChanged.Builder admitted(String applicationId, Applicant applicant) {
        return ApplicationStatusChanged.newBuilder()
                .setMetadata(metadata(applicationId))
                .setApplicationId(applicationId)
                .setVersion(3)
                .setApplicant(applicant)
                .setSubmittedAt(AT.minusSeconds(86_400))
                .setStatus(ApplicationState.ADMITTED)
                .setChoices(List.of(
                        choice(1, ChoiceState.ADMITTED, CostDecisionState.AUTOMATIC),
                        choice(2, ChoiceState.WITHDRAWN, CostDecisionState.AUTOMATIC)))
                .setChange(change(1, Authority.SEAT_OWNER, "goteborg-vux", "SEAT_DECIDED",
                        "Platser fanns för alla behöriga sökande."));
    }

    /** The application's first status: received, nothing decided yet. */
    public static ApplicationStatusChanged.Builder received(String applicationId, Applicant applicant) {
        return admitted(applicationId, applicant)
                .setVersion(1)
                .setStatus(ApplicationState.RECEIVED)
                .setChoices(List.of(
                        choice(1, ChoiceState.RECEIVED, CostDecisionState.UNKNOWN),
                        choice(2, ChoiceState.RECEIVED, CostDecisionState.UNKNOWN)))
                .setChange(change(null, Authority.STUDIEBRO, "routing-service", "RECEIVED",
                        "Ansökan har tagits emot."));
    }

    /** The change to the given choice (or to the whole application when rank is null). */
    public static StatusChange change(Integer rank, Authority authority, String decidedBy, String reasonCode,
            String reason) {
        return StatusChange.newBuilder()
                .setChoiceRank(rank)
                .setAuthority(authority)
                .setDecidedBy(decidedBy)
                .setReasonCode(reasonCode)
                .setReason(reason)
                .build();
    }

    public static EventMetadata metadata(String applicationId) {
        return EventMetadata.newBuilder()
                .setEventId(UUID.randomUUID().toString())
                .setOccurredAt(AT)
                .setCorrelationId(applicationId)
                .setCausationId(UUID.randomUUID().toString())
                .setProducer("routing-service")
                .build();
    }
}
