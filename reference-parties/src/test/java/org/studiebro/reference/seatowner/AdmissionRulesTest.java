package org.studiebro.reference.seatowner;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.studiebro.events.CourseEventPublished;
import org.studiebro.events.CourseEventStatus;
import org.studiebro.events.CourseKind;
import org.studiebro.events.EventMetadata;
import org.studiebro.events.SeatOutcome;

class AdmissionRulesTest {

    private final AdmissionRules rules = new AdmissionRules(Set.of("NOTELIG1"));
    private final SeatHolder applicant = new SeatHolder("app-1", 1, null, 0, "correlation-1", null);

    @Test
    void aCourseEventMissingFromTheCatalogIsAnsweredAsCancelled() {
        assertThat(rules.refusal(applicant, null, "VÅRVÅRD0")).hasValueSatisfying(answer -> {
            assertThat(answer.outcome()).isEqualTo(SeatOutcome.COURSE_CANCELLED);
            assertThat(answer.reasonCode()).isEqualTo(AdmissionRules.COURSE_EVENT_UNKNOWN);
        });
    }

    @Test
    void aCancelledCourseEventIsAnsweredAsCancelledBeforeEligibilityIsLookedAt() {
        CourseEventPublished cancelled = course("NOTELIG1", CourseEventStatus.CANCELLED, 10);

        assertThat(rules.refusal(applicant, cancelled, "NOTELIG1")).hasValueSatisfying(answer -> {
            assertThat(answer.outcome()).isEqualTo(SeatOutcome.COURSE_CANCELLED);
            assertThat(answer.reasonCode()).isEqualTo(AdmissionRules.COURSE_CANCELLED);
        });
        assertThat(AdmissionRules.seatsOf(cancelled)).isZero();
    }

    @Test
    void aListedCourseCodeMakesTheApplicantNotEligible() {
        assertThat(rules.refusal(applicant, course("NOTELIG1", CourseEventStatus.OPEN, 10), "NOTELIG1"))
                .hasValueSatisfying(answer -> {
                    assertThat(answer.outcome()).isEqualTo(SeatOutcome.NOT_ELIGIBLE);
                    assertThat(answer.reason()).isEqualTo("Behörighet saknas");
                    assertThat(answer.holder()).isEqualTo(applicant);
                });
    }

    @Test
    void onAnOpenOrClosedCourseEventTheSeatsDecide() {
        assertThat(rules.refusal(applicant, course("VÅRVÅRD0", CourseEventStatus.OPEN, 10), "VÅRVÅRD0")).isEmpty();
        assertThat(rules.refusal(applicant, course("VÅRVÅRD0", CourseEventStatus.CLOSED, 10), "VÅRVÅRD0"))
                .isEmpty();
        assertThat(AdmissionRules.seatsOf(course("VÅRVÅRD0", CourseEventStatus.OPEN, 10))).isEqualTo(10);
    }

    private static CourseEventPublished course(String courseCode, CourseEventStatus status, int seats) {
        return CourseEventPublished.newBuilder()
                .setMetadata(EventMetadata.newBuilder().setEventId("e").setOccurredAt(Instant.EPOCH)
                        .setCorrelationId("c").build())
                .setCourseEventId("event-1")
                .setCourseCode(courseCode)
                .setCourseName("Vård- och omsorgsarbete 1")
                .setCourseKind(CourseKind.VOCATIONAL)
                .setProviderId("goteborg-vux")
                .setSeatOwner("goteborg-vux")
                .setPrincipalMunicipality("se-1480")
                .setPlace("Göteborg")
                .setStartDate(LocalDate.of(2027, 1, 18))
                .setPacePercent(100)
                .setInstructionLanguage("sv")
                .setSeats(seats)
                .setStatus(status)
                .build();
    }
}
