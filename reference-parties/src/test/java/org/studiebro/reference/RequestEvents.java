package org.studiebro.reference;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.studiebro.events.Applicant;
import org.studiebro.events.CostDecisionRequested;
import org.studiebro.events.CostDecisionState;
import org.studiebro.events.CostRequestEvent;
import org.studiebro.events.CourseEventPublished;
import org.studiebro.events.CourseEventStatus;
import org.studiebro.events.CourseKind;
import org.studiebro.events.IdentityType;
import org.studiebro.events.Language;
import org.studiebro.events.SeatRequestEvent;
import org.studiebro.events.SeatRequestWithdrawn;
import org.studiebro.events.SeatRequested;
import org.studiebro.schemas.Events;

/** The events the routing-service and the catalog import send to the parties, as the tests need them. */
final class RequestEvents {

    /** Sara Lind's personnummer, normalised; lists must show it masked. */
    static final String NATIONAL_ID = "198112189876";

    private RequestEvents() {
    }

    static CourseEventPublished courseEvent(String seatOwner, String courseCode, int seats, CourseEventStatus status) {
        return CourseEventPublished.newBuilder()
                .setMetadata(Events.metadata(id("import"), null, "routing-service", Instant.now()))
                .setCourseEventId(id("event"))
                .setCourseCode(courseCode)
                .setCourseName("Vård- och omsorgsarbete 1")
                .setCourseKind(CourseKind.VOCATIONAL)
                .setProviderId(seatOwner)
                .setSeatOwner(seatOwner)
                .setPrincipalMunicipality("se-1480")
                .setPlace("Göteborg")
                .setStartDate(LocalDate.of(2027, 1, 18))
                .setPacePercent(100)
                .setInstructionLanguage("sv")
                .setSeats(seats)
                .setStatus(status)
                .build();
    }

    static SeatRequestEvent seatRequest(String seatOwner, String applicationId, String courseEventId,
            String courseCode, int choiceRank, Integer priorityGroup) {
        return SeatRequestEvent.newBuilder()
                .setMetadata(Events.metadata(id("correlation"), null, "routing-service", Instant.now()))
                .setApplicationId(applicationId)
                .setSeatOwner(seatOwner)
                .setCourseEventId(courseEventId)
                .setChoiceRank(choiceRank)
                .setChange(SeatRequested.newBuilder()
                        .setApplicant(applicant("se-1480"))
                        .setCourseCode(courseCode)
                        .setPriorityGroup(priorityGroup)
                        .setCostDecision(CostDecisionState.NOT_NEEDED)
                        .setSubmittedAt(Instant.now())
                        .build())
                .build();
    }

    static SeatRequestEvent seatWithdrawal(String seatOwner, String applicationId, String courseEventId,
            int choiceRank) {
        return SeatRequestEvent.newBuilder()
                .setMetadata(Events.metadata(id("correlation"), null, "routing-service", Instant.now()))
                .setApplicationId(applicationId)
                .setSeatOwner(seatOwner)
                .setCourseEventId(courseEventId)
                .setChoiceRank(choiceRank)
                .setChange(new SeatRequestWithdrawn("WITHDRAWN_BY_LEARNER", "Den sökande återtog ansökan"))
                .build();
    }

    static CostRequestEvent costRequest(String municipality, String applicationId, String courseCode) {
        return CostRequestEvent.newBuilder()
                .setMetadata(Events.metadata(id("correlation"), null, "routing-service", Instant.now()))
                .setApplicationId(applicationId)
                .setHomeMunicipality(municipality)
                .setCourseEventId(id("event"))
                .setChoiceRank(1)
                .setChange(CostDecisionRequested.newBuilder()
                        .setApplicant(applicant(municipality))
                        .setCourseCode(courseCode)
                        .setCourseName("Vård- och omsorgsarbete 1")
                        .setCourseKind(CourseKind.VOCATIONAL)
                        .setPrincipalMunicipality("se-1480")
                        .setSeatOwner("goteborg-vux")
                        .setStartDate(LocalDate.of(2027, 1, 18))
                        .setPacePercent(100)
                        .build())
                .build();
    }

    static Applicant applicant(String homeMunicipality) {
        return Applicant.newBuilder()
                .setNationalId(NATIONAL_ID)
                .setIdentityType(IdentityType.SE_PERSONNUMMER)
                .setGivenName("Sara")
                .setFamilyName("Lind")
                .setEmail("sara.lind@example.test")
                .setLanguage(Language.SV)
                .setHomeMunicipality(homeMunicipality)
                .build();
    }

    static String id(String kind) {
        return kind + "-" + UUID.randomUUID();
    }
}
