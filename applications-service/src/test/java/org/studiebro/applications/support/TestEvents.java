package org.studiebro.applications.support;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.studiebro.events.Applicant;
import org.studiebro.events.ApplicationState;
import org.studiebro.events.ApplicationStatusChanged;
import org.studiebro.events.ApplicationSubmitted;
import org.studiebro.events.Authority;
import org.studiebro.events.ChoiceState;
import org.studiebro.events.ChoiceStatus;
import org.studiebro.events.CostDecisionState;
import org.studiebro.events.CourseChoice;
import org.studiebro.events.CourseEventPublished;
import org.studiebro.events.CourseEventStatus;
import org.studiebro.events.CourseKind;
import org.studiebro.events.IdentityType;
import org.studiebro.events.Language;
import org.studiebro.events.MunicipalityRegistered;
import org.studiebro.events.StatusChange;
import org.studiebro.schemas.Events;

/** Events as the routing-service and the reference imports write them, for tests. */
public final class TestEvents {

    public static final Instant SUBMITTED_AT = Instant.parse("2026-11-20T09:00:00Z");

    private TestEvents() {
    }

    public static MunicipalityRegistered municipality(String id, String name) {
        return MunicipalityRegistered.newBuilder()
                .setMetadata(Events.metadata("import-test", null, "routing-service", SUBMITTED_AT))
                .setMunicipalityId(id)
                .setCode(id.substring(3))
                .setCountry(id.substring(0, 2).toUpperCase())
                .setName(name)
                .setCounty("Västra Götalands län")
                .setEmail(null)
                .build();
    }

    public static CourseEventPublished courseEvent(String id, String courseCode, String principalMunicipality,
            LocalDate start, CourseKind kind) {
        return CourseEventPublished.newBuilder()
                .setMetadata(Events.metadata("import-test", null, "routing-service", SUBMITTED_AT))
                .setCourseEventId(id)
                .setCourseCode(courseCode)
                .setCourseName("Course " + courseCode)
                .setCourseKind(kind)
                .setProviderId("provider-" + principalMunicipality)
                .setSeatOwner("owner-" + principalMunicipality)
                .setPrincipalMunicipality(principalMunicipality)
                .setPlace("Göteborg")
                .setStartDate(start)
                .setEndDate(start.plusMonths(4))
                .setPacePercent(100)
                .setInstructionLanguage("sv")
                .setSeats(24)
                .setApplicationDeadline(start.minusWeeks(4))
                .setStatus(CourseEventStatus.OPEN)
                .build();
    }

    public static Applicant applicant() {
        return applicant("se-1481", Language.SV);
    }

    public static Applicant applicant(String homeMunicipality, Language language) {
        return Applicant.newBuilder()
                .setNationalId("198112189876")
                .setIdentityType(IdentityType.SE_PERSONNUMMER)
                .setGivenName("Anna")
                .setFamilyName("Svensson")
                .setEmail("anna@example.se")
                .setPhone(null)
                .setLanguage(language)
                .setHomeMunicipality(homeMunicipality)
                .build();
    }

    public static ApplicationSubmitted submitted(String applicationId, String... courseEventIds) {
        List<CourseChoice> choices = new ArrayList<>();
        for (int i = 0; i < courseEventIds.length; i++) {
            choices.add(new CourseChoice(i + 1, courseEventIds[i]));
        }
        return ApplicationSubmitted.newBuilder()
                .setMetadata(Events.metadata("correlation-" + applicationId, null, "applications-service", SUBMITTED_AT))
                .setApplicationId(applicationId)
                .setIdempotencyKey("key-" + applicationId)
                .setRequestFingerprint("f".repeat(64))
                .setApplicant(applicant())
                .setChoices(choices)
                .setPriorityGroup(null)
                .setSource("test-form")
                .build();
    }

    /** Choice 1 admitted by its seat owner, as the routing-service reports it. */
    public static ApplicationStatusChanged admitted(String applicationId, int version, String courseEventId) {
        Instant at = SUBMITTED_AT.plusSeconds(60L * version);
        ChoiceStatus choice = ChoiceStatus.newBuilder()
                .setRank(1)
                .setCourseEventId(courseEventId)
                .setCourseCode("VÅRVÅRD0")
                .setCourseName("Vård- och omsorgsarbete 1")
                .setSeatOwner("goteborg-vux")
                .setPrincipalMunicipality("se-1480")
                .setCostDecision(CostDecisionState.AUTOMATIC)
                .setState(ChoiceState.ADMITTED)
                .setReservePosition(null)
                .setAuthority(Authority.SEAT_OWNER)
                .setDecidedBy("goteborg-vux/antagning")
                .setReasonCode("SEATS_AVAILABLE")
                .setReason("Seats available")
                .setChangedAt(at)
                .build();
        return statusChanged(applicationId, version, ApplicationState.ADMITTED, applicant(), choice, at,
                new StatusChange(1, Authority.SEAT_OWNER, "goteborg-vux", "SEAT_DECIDED", "Admitted by the seat owner"));
    }

    /** Routed: waiting on the seat owner. */
    public static ApplicationStatusChanged awaitingSeatOwner(String applicationId, int version, String courseEventId) {
        Instant at = SUBMITTED_AT.plusSeconds(60L * version);
        ChoiceStatus choice = ChoiceStatus.newBuilder()
                .setRank(1)
                .setCourseEventId(courseEventId)
                .setCourseCode("VÅRVÅRD0")
                .setCourseName("Vård- och omsorgsarbete 1")
                .setSeatOwner("goteborg-vux")
                .setPrincipalMunicipality("se-1480")
                .setCostDecision(CostDecisionState.AUTOMATIC)
                .setState(ChoiceState.SEAT_REQUESTED)
                .setAuthority(Authority.STUDIEBRO)
                .setDecidedBy("routing-service")
                .setReasonCode("ROUTED")
                .setReason("Sent to the seat owner")
                .setChangedAt(at)
                .build();
        return statusChanged(applicationId, version, ApplicationState.AWAITING_SEAT_OWNER, applicant(), choice, at,
                new StatusChange(null, Authority.STUDIEBRO, "routing-service", "ROUTED", "Sent to the seat owner"));
    }

    /** Choice 1's cost refused by the learner's home municipality: the application is not admitted anywhere. */
    public static ApplicationStatusChanged costRefused(String applicationId, int version, String courseEventId,
            Applicant applicant) {
        Instant at = SUBMITTED_AT.plusSeconds(60L * version);
        String decidedBy = applicant.getHomeMunicipality() + "/handlaggare";
        ChoiceStatus choice = ChoiceStatus.newBuilder()
                .setRank(1)
                .setCourseEventId(courseEventId)
                .setCourseCode("VÅRVÅRD0")
                .setCourseName("Vård- och omsorgsarbete 1")
                .setSeatOwner("stockholm-vux")
                .setPrincipalMunicipality("se-0180")
                .setCostDecision(CostDecisionState.REFUSED)
                .setState(ChoiceState.COST_REFUSED)
                .setAuthority(Authority.HOME_MUNICIPALITY)
                .setDecidedBy(decidedBy)
                .setReasonCode("COURSE_OFFERED_AT_HOME")
                .setReason("Utbildningen finns i hemkommunen")
                .setChangedAt(at)
                .build();
        return statusChanged(applicationId, version, ApplicationState.NOT_ADMITTED, applicant, choice, at,
                new StatusChange(1, Authority.HOME_MUNICIPALITY, decidedBy, "COURSE_OFFERED_AT_HOME",
                        "Utbildningen finns i hemkommunen"));
    }

    /** Withdrawn at the learner's request, as routing reports it once every open request is withdrawn. */
    public static ApplicationStatusChanged withdrawn(String applicationId, int version, String courseEventId) {
        Instant at = SUBMITTED_AT.plusSeconds(60L * version);
        ChoiceStatus choice = ChoiceStatus.newBuilder()
                .setRank(1)
                .setCourseEventId(courseEventId)
                .setCourseCode("VÅRVÅRD0")
                .setCourseName("Vård- och omsorgsarbete 1")
                .setSeatOwner("goteborg-vux")
                .setPrincipalMunicipality("se-1480")
                .setCostDecision(CostDecisionState.AUTOMATIC)
                .setState(ChoiceState.WITHDRAWN)
                .setAuthority(Authority.LEARNER)
                .setDecidedBy("learner")
                .setReasonCode("WITHDRAWN_BY_LEARNER")
                .setReason("Den sökande återkallade ansökan")
                .setChangedAt(at)
                .build();
        return statusChanged(applicationId, version, ApplicationState.WITHDRAWN, applicant(), choice, at,
                new StatusChange(null, Authority.LEARNER, "learner", "WITHDRAWN_BY_LEARNER",
                        "Den sökande återkallade ansökan"));
    }

    private static ApplicationStatusChanged statusChanged(String applicationId, int version, ApplicationState state,
            Applicant applicant, ChoiceStatus choice, Instant at, StatusChange change) {
        return ApplicationStatusChanged.newBuilder()
                .setMetadata(Events.metadata("correlation-" + applicationId, null, "routing-service", at))
                .setApplicationId(applicationId)
                .setVersion(version)
                .setApplicant(applicant)
                .setSubmittedAt(SUBMITTED_AT)
                .setStatus(state)
                .setChoices(List.of(choice))
                .setChange(change)
                .build();
    }
}
