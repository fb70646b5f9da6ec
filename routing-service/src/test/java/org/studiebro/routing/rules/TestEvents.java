package org.studiebro.routing.rules;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.studiebro.events.Applicant;
import org.studiebro.events.ApplicationSubmitted;
import org.studiebro.events.ApplicationWithdrawalRequested;
import org.studiebro.events.CooperationAreaDefined;
import org.studiebro.events.CostDecided;
import org.studiebro.events.CostOutcome;
import org.studiebro.events.CostRule;
import org.studiebro.events.CourseChoice;
import org.studiebro.events.CourseEventPublished;
import org.studiebro.events.CourseEventStatus;
import org.studiebro.events.CourseKind;
import org.studiebro.events.EventMetadata;
import org.studiebro.events.IdentityType;
import org.studiebro.events.Language;
import org.studiebro.events.SeatDecided;
import org.studiebro.events.SeatOutcome;
import org.studiebro.schemas.Events;

/** Events as the other parties write them, for tests. */
public final class TestEvents {

    public static final Instant SUBMITTED_AT = Instant.parse("2026-11-22T09:00:00Z");

    private TestEvents() {
    }

    public static EventMetadata metadata(String producer) {
        return Events.metadata("correlation-" + producer, null, producer, SUBMITTED_AT);
    }

    public static Applicant applicant(String homeMunicipality) {
        return Applicant.newBuilder()
                .setNationalId("198112189876")
                .setIdentityType(IdentityType.SE_PERSONNUMMER)
                .setGivenName("Anna")
                .setFamilyName("Andersson")
                .setEmail("anna@example.test")
                .setLanguage(Language.SV)
                .setHomeMunicipality(homeMunicipality)
                .build();
    }

    /** An application with the given course events as choices 1, 2, ... */
    public static ApplicationSubmitted submitted(String applicationId, String homeMunicipality,
            String... courseEventIds) {
        List<CourseChoice> choices = new ArrayList<>();
        for (int i = 0; i < courseEventIds.length; i++) {
            choices.add(new CourseChoice(i + 1, courseEventIds[i]));
        }
        return ApplicationSubmitted.newBuilder()
                .setMetadata(Events.metadata("correlation-" + applicationId, null, "applications-service",
                        SUBMITTED_AT))
                .setApplicationId(applicationId)
                .setIdempotencyKey("key-" + applicationId)
                .setRequestFingerprint("fingerprint")
                .setApplicant(applicant(homeMunicipality))
                .setChoices(choices)
                .setPriorityGroup(2)
                .setSource("test")
                .build();
    }

    public static SeatDecided seatDecided(String applicationId, String seatOwner, String courseEventId, int rank,
            SeatOutcome outcome) {
        return SeatDecided.newBuilder()
                .setMetadata(Events.metadata("correlation-" + applicationId, null, seatOwner, SUBMITTED_AT))
                .setApplicationId(applicationId)
                .setSeatOwner(seatOwner)
                .setCourseEventId(courseEventId)
                .setChoiceRank(rank)
                .setOutcome(outcome)
                .setReservePosition(outcome == SeatOutcome.RESERVE ? 4 : null)
                .setReasonCode(outcome.name())
                .setReason("decided: " + outcome)
                .setDecidedBy("antagning")
                .build();
    }

    public static CostDecided costDecided(String applicationId, String municipality, String courseEventId, int rank,
            CostOutcome outcome) {
        return CostDecided.newBuilder()
                .setMetadata(Events.metadata("correlation-" + applicationId, null, municipality, SUBMITTED_AT))
                .setApplicationId(applicationId)
                .setHomeMunicipality(municipality)
                .setCourseEventId(courseEventId)
                .setChoiceRank(rank)
                .setOutcome(outcome)
                .setReasonCode(outcome == CostOutcome.APPROVED ? "IKE_APPROVED" : "STUDIES_OFFERED_AT_HOME")
                .setReason(outcome == CostOutcome.APPROVED ? "Vi betalar." : "Kursen ges i hemkommunen.")
                .setDecidedBy("handlaggare-7")
                .build();
    }

    public static ApplicationWithdrawalRequested withdrawal(String applicationId) {
        return ApplicationWithdrawalRequested.newBuilder()
                .setMetadata(Events.metadata("correlation-" + applicationId, null, "applications-service",
                        SUBMITTED_AT))
                .setApplicationId(applicationId)
                .setReason("Jag har fått jobb.")
                .setSource("test")
                .build();
    }

    public static CourseEventPublished courseEvent(String id, String seatOwner, String principal, CourseKind kind,
            CourseEventStatus status, LocalDate deadline) {
        return CourseEventPublished.newBuilder()
                .setMetadata(metadata("import"))
                .setCourseEventId(id)
                .setCourseCode("CODE-" + id)
                .setCourseName("Course " + id)
                .setCourseKind(kind)
                .setProviderId(seatOwner)
                .setSeatOwner(seatOwner)
                .setPrincipalMunicipality(principal)
                .setPlace("Göteborg")
                .setStartDate(LocalDate.parse("2027-01-18"))
                .setPacePercent(100)
                .setInstructionLanguage("sv")
                .setSeats(24)
                .setApplicationDeadline(deadline)
                .setStatus(status)
                .build();
    }

    public static CooperationAreaDefined area(String id, CostRule rule, List<CourseKind> kinds, String... members) {
        return CooperationAreaDefined.newBuilder()
                .setMetadata(metadata("import"))
                .setAreaId(id)
                .setName("Area " + id)
                .setMembers(List.of(members))
                .setCourseKinds(kinds)
                .setCostRule(rule)
                .build();
    }
}
