package org.studiebro.platform.watch;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.apache.avro.Schema;
import org.apache.avro.generic.GenericDatumReader;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificDatumWriter;
import org.apache.avro.specific.SpecificRecord;
import org.studiebro.events.Applicant;
import org.studiebro.events.ApplicationSubmitted;
import org.studiebro.events.CostDecisionRequested;
import org.studiebro.events.CostDecisionState;
import org.studiebro.events.CostRequestEvent;
import org.studiebro.events.CostRequestReminded;
import org.studiebro.events.CourseChoice;
import org.studiebro.events.CourseKind;
import org.studiebro.events.IdentityType;
import org.studiebro.events.Language;
import org.studiebro.events.SeatRequestEvent;
import org.studiebro.events.SeatRequested;
import org.studiebro.schemas.Events;

/** Events as the services write them, and as the watch reads them: GenericRecords in the writer's schema. */
final class SampleEvents {

    /** Anna's personnummer 811218-9876, normalised; a watch shows only 19811218-****. */
    static final String NATIONAL_ID = "198112189876";
    static final String MASKED = "19811218-****";
    static final Instant SUBMITTED_AT = Instant.parse("2026-11-20T08:15:30.123Z");

    private SampleEvents() {
    }

    static ApplicationSubmitted submitted(String applicationId) {
        return ApplicationSubmitted.newBuilder()
                .setMetadata(Events.metadata(applicationId, null, "applications-service", SUBMITTED_AT))
                .setApplicationId(applicationId)
                .setIdempotencyKey("try-it-1")
                .setRequestFingerprint("5e1f")
                .setApplicant(applicant())
                .setChoices(List.of(new CourseChoice(1, "gbg-vard-2027v-01")))
                .setPriorityGroup(2)
                .setSource("gr-antagning-web")
                .build();
    }

    static SeatRequestEvent seatRequested(String applicationId, String seatOwner) {
        return SeatRequestEvent.newBuilder()
                .setMetadata(Events.metadata(applicationId, null, "routing-service", SUBMITTED_AT))
                .setApplicationId(applicationId)
                .setSeatOwner(seatOwner)
                .setCourseEventId("gbg-vard-2027v-01")
                .setChoiceRank(1)
                .setChange(SeatRequested.newBuilder()
                        .setApplicant(applicant())
                        .setCourseCode("VÅRVÅRD0")
                        .setPriorityGroup(2)
                        .setCostDecision(CostDecisionState.NOT_NEEDED)
                        .setSubmittedAt(SUBMITTED_AT)
                        .build())
                .build();
    }

    static CostRequestEvent costRequested(String applicationId) {
        return costRequest(applicationId, CostDecisionRequested.newBuilder()
                .setApplicant(applicant())
                .setCourseCode("VÅRVÅRD0")
                .setCourseName("Vård- och omsorgsarbete 1")
                .setCourseKind(CourseKind.VOCATIONAL)
                .setPrincipalMunicipality("se-1480")
                .setSeatOwner("goteborg-vux")
                .setStartDate(LocalDate.parse("2027-01-18"))
                .setPacePercent(100)
                .build());
    }

    static CostRequestEvent costReminded(String applicationId) {
        return costRequest(applicationId, new CostRequestReminded(SUBMITTED_AT, 1));
    }

    static GenericRecord generic(SpecificRecord record) {
        Schema schema = record.getSchema();
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            BinaryEncoder encoder = EncoderFactory.get().binaryEncoder(bytes, null);
            new SpecificDatumWriter<SpecificRecord>(schema, SpecificData.getForClass(record.getClass()))
                    .write(record, encoder);
            encoder.flush();
            return new GenericDatumReader<GenericRecord>(schema)
                    .read(null, DecoderFactory.get().binaryDecoder(bytes.toByteArray(), null));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static CostRequestEvent costRequest(String applicationId, Object change) {
        return CostRequestEvent.newBuilder()
                .setMetadata(Events.metadata(applicationId, null, "routing-service", SUBMITTED_AT))
                .setApplicationId(applicationId)
                .setHomeMunicipality("se-1481")
                .setCourseEventId("gbg-vard-2027v-01")
                .setChoiceRank(1)
                .setChange(change)
                .build();
    }

    private static Applicant applicant() {
        return Applicant.newBuilder()
                .setNationalId(NATIONAL_ID)
                .setIdentityType(IdentityType.SE_PERSONNUMMER)
                .setGivenName("Anna")
                .setFamilyName("Svensson")
                .setEmail("anna@example.test")
                .setLanguage(Language.SV)
                .setHomeMunicipality("se-1481")
                .build();
    }
}
